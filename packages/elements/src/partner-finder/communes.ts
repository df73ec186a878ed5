// Where the person searches from: the commune field (suggestions while typing, the commune picked, a
// commune from a code or a name, a warning when the host's communes files cannot be read) or their position. Every file asked for
// is the same whatever is typed.
import {
  type Commune,
  CommunesClient,
  communeLabel,
  nearestCommune,
  searchCommunes,
} from '@passerelle/partners/browser';
import type { ComboboxOption } from '../base/index.js';
import type { FinderTable } from './messages.js';
import type { PasserellePartnerFinder } from './partner-finder.js';

export class FinderCommunes {
  private communesClient: CommunesClient | undefined;
  private lastWarning = '';

  constructor(private readonly f: PasserellePartnerFinder) {}

  /** The sources changed: the next search makes a new client. */
  reset(): void {
    this.communesClient = undefined;
  }

  /** The client of the host's communes files, made once per source. */
  client(): CommunesClient | undefined {
    if (this.communesClient) return this.communesClient;
    const base = globalThis.location?.href ?? 'http://localhost/';
    let url = this.f.communesSrc;
    if (!url && this.f.src) {
      const rel = this.f.manifest?.communes ?? 'communes/manifest.json';
      url = new URL(rel, new URL(this.f.src, base)).toString();
    }
    if (!url) return undefined;
    this.communesClient = new CommunesClient(new URL(url, base).toString(), (u) => this.f.get(u));
    return this.communesClient;
  }

  /** The position lookup of the last commune picked (resolved once known or refused). */
  pending: Promise<void> | undefined;

  /** A commune picked in the field (null: emptied, by typing again or Escape). */
  select(option: ComboboxOption | null): void {
    this.pending = this.selectCommune(option);
  }

  private async selectCommune(option: ComboboxOption | null): Promise<void> {
    // The commune chosen before no longer counts.
    if (!option) {
      this.f.set({ origin: undefined });
      return;
    }
    const c = await this.resolve(option.id);
    if (!c || c.lat === undefined || c.lon === undefined) {
      this.f.set({ communeError: this.f.t('communeNoPosition', { commune: option.label }) });
      return;
    }
    this.f.set({ origin: { lat: c.lat, lon: c.lon, commune: c }, communeError: '', geoMessage: '' });
  }

  /** The commune field got focus: fetch the names index now, the same file whatever will be typed. */
  async preload(): Promise<void> {
    if (this.f.data) return;
    await this.f.loadManifest();
    this.client()?.preload();
  }

  /** The combobox's options for what is typed. */
  async options(q: string): Promise<ComboboxOption[]> {
    let matches: { commune: Commune; matchedName: string }[];
    if (this.f.data) matches = searchCommunes(this.f.data.communes, q, 8);
    else {
      await this.f.loadManifest();
      const client = this.client();
      if (!client) return [];
      try {
        matches = await client.search(q, 8);
      } catch (e) {
        this.warning(e);
        throw e;
      }
    }
    // The communes loaded after all: their earlier warning no longer holds.
    if (this.f.warnings.includes(this.lastWarning))
      this.f.set({ warnings: this.f.warnings.filter((w) => w !== this.lastWarning) });
    return matches.map(({ commune: c, matchedName }) => ({
      id: c.code,
      label: c.nom,
      detail: `${matchedName !== c.nom ? `${this.f.t('formatFormerName', { name: matchedName })} · ` : ''}${c.codesPostaux.join(', ') || c.departement}`,
    }));
  }

  /** A commune from a code or a name. */
  async resolve(value: string): Promise<Commune | undefined> {
    const v = value.trim();
    if (this.f.data) {
      const list = this.f.data.communes;
      return list.find((c) => c.code === v.toUpperCase()) ?? searchCommunes(list, v, 1)[0]?.commune;
    }
    await this.f.loadManifest();
    const client = this.client();
    if (!client) return undefined;
    try {
      if (/^(\d{5}|2[AB]\d{3})$/i.test(v)) {
        const byCode = await client.byCode(v);
        if (byCode) return byCode;
      }
      return (await client.search(v, 1))[0]?.commune;
    } catch (e) {
      this.warning(e);
      return undefined;
    }
  }

  private warning(e: unknown): void {
    this.lastWarning = this.f.t('communesFailed', { reason: this.f.reason(e, 'communes') });
    this.f.set({ warnings: [...new Set([...this.f.warnings, this.lastWarning])] });
  }

  /** "Utiliser ma position": every outcome is written under the button and announced in the status region. */
  locate(): void {
    const say = (key: keyof FinderTable & string) => this.f.set({ geoMessage: key, status: this.f.t(key) });
    if (!('geolocation' in navigator)) {
      say('geoFailed');
      return;
    }
    say('geoSearching');
    navigator.geolocation.getCurrentPosition(
      async (pos) => {
        const { latitude: lat, longitude: lon } = pos.coords;
        let commune: Commune | undefined;
        const manifest = await this.f.loadManifest();
        if (this.f.data) commune = nearestCommune(this.f.data.communes, lat, lon);
        else if (manifest)
          commune = await this.client()
            ?.nearest(lat, lon)
            .catch(() => undefined);
        if (commune) this.f.combobox.setValue({ id: commune.code, label: communeLabel(commune) });
        this.f.set({
          origin: { lat, lon, position: true, ...(commune ? { commune } : {}) },
          communeError: '',
        });
        say('geoFound');
        await this.f.search.run();
      },
      (err) => say(err.code === err.PERMISSION_DENIED ? 'geoDenied' : 'geoFailed'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  }
}
