// The host's files, loaded before any answer and never depending on one: the local aids of the commune or
// CCAS, the communes list (search and EPCI of each commune). Requests go only to the URLs the host gave.
import type { LocalAidsEvaluator } from '@passerelle/rules';
import {
  type Commune,
  type CommunesManifest,
  type CommunesShard,
  communeLabel,
  departementOf,
  rowToCommune,
  searchCommunes,
} from '@passerelle/partners/browser';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type BlockHost, ComboboxController } from '../base/index.js';
import { fetchHostFile } from '../data/prefetch.js';

export interface HostDataHost extends ReactiveControllerHost, BlockHost, HTMLElement {
  localAidsSrc: string;
  communesSrc: string;
  commune: string;
}

export class HostDataController implements ReactiveController {
  /** Set once the host's local-aids file is loaded and valid (its code loads only then). */
  localAids: LocalAidsEvaluator | undefined;
  /** `partial` when some aids of the file were refused, `failed` when none could be used. */
  problem: '' | 'partial' | 'failed' = '';
  /** Called when local aids arrive or go, so the session evaluates with them. */
  onLocalAids: () => void = () => {};
  readonly communeBox: ComboboxController;
  private loading: Promise<void> | undefined;
  private loadedSrc = '';
  private communes: Promise<Commune[]> | undefined;
  /** EPCI (SIREN) by commune, from the host's communes file: settles local aids given to an EPCI. */
  private readonly epciOf = new Map<string, string>();

  constructor(private readonly host: HostDataHost) {
    host.addController(this);
    this.communeBox = new ComboboxController(host, { search: (q) => this.search(q) });
  }

  hostConnected(): void {}

  /** The host gave a communes file: the commune is picked in a list. */
  get hasCommuneList(): boolean {
    return !!this.host.communesSrc;
  }

  /** Resolves when the local aids file (if any) is loaded or has failed. */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  /** Loads the local aids when `local-aids-src` changed. */
  hostUpdate(): void {
    if (this.host.localAidsSrc !== this.loadedSrc) this.loading = this.loadLocalAids();
  }

  private async loadLocalAids(): Promise<void> {
    const src = this.host.localAidsSrc;
    this.loadedSrc = src;
    const had = !!this.localAids;
    this.localAids = undefined;
    this.problem = '';
    if (had) this.onLocalAids();
    if (!src) return;
    try {
      const response = await fetchHostFile(src, { credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status} pour ${src}`);
      const text = await response.text();
      // Validation (zod) and evaluation of local aids load only for hosts that configure them.
      const { parseLocalAids, formatLocalAidsErrors, localAidsEvaluator } = await import(
        '@passerelle/rules/local-aids'
      );
      const parsed = parseLocalAids(text);
      if (parsed.errors.length) {
        console.error(
          `[passerelle-questionnaire] aides locales ${src} : ${parsed.errors.length} erreur(s)\n${formatLocalAidsErrors(parsed.errors)}`,
        );
        this.problem = parsed.file && parsed.aids.length ? 'partial' : 'failed';
      }
      const file = parsed.file;
      if (file && src === this.host.localAidsSrc) {
        this.localAids = localAidsEvaluator(file, { epciOf: (commune) => this.epciOf.get(commune) });
        // Aids given to an EPCI: the EPCI of the communes of the host's own département (an attribute,
        // not an answer, so the request reveals nothing); a commune picked in the search adds its own.
        const commune = this.host.commune;
        if (commune && this.host.communesSrc && file.aids.some((a) => a.conditions?.epcis))
          await this.communesManifest()
            .then(({ manifest, rows }) => {
              const shard = manifest.byDepartement[departementOf(commune)];
              return shard ? rows([shard]) : [];
            })
            .catch((e) =>
              console.error('[passerelle-questionnaire] fichier des communes (EPCI) non chargé', e),
            );
        this.onLocalAids();
      }
    } catch (error) {
      console.error(`[passerelle-questionnaire] impossible de charger les aides locales de ${src}`, error);
      this.problem = 'failed';
    }
    this.host.requestUpdate();
  }

  /** The host's communes manifest and a reader of the files it names (same folder, no cookie). */
  private async communesManifest() {
    const src = this.host.communesSrc;
    const base = new URL(src, globalThis.location?.href ?? 'http://localhost/');
    const get = async (file: string) => {
      const url = new URL(file, base);
      const r = await fetchHostFile(url, { credentials: 'omit' });
      if (!r.ok) throw new Error(`HTTP ${r.status} pour ${url}`);
      return r.json() as Promise<unknown>;
    };
    const manifest = (await get(base.href)) as CommunesManifest;
    if (manifest?.format !== 'passerelle-communes')
      throw new Error(`${src} n’est pas un fichier de communes (format passerelle-communes)`);
    const rows = async (files: string[]) => {
      const shards = (await Promise.all(files.map(get))) as CommunesShard[];
      const communes = shards.flatMap((s) => (s.rows ?? []).map(rowToCommune));
      for (const c of communes) if (c.epci) this.epciOf.set(c.code, c.epci);
      return communes;
    };
    return { manifest, rows };
  }

  /** The host's communes, loaded once, every shard whatever is typed (a failed load is tried again). */
  private communeList(): Promise<Commune[]> {
    if (!this.host.communesSrc) return Promise.resolve([]);
    this.communes ??= this.communesManifest()
      .then(({ manifest, rows }) => rows([...new Set(Object.values(manifest.byLetter))]))
      .catch((e) => {
        this.communes = undefined;
        throw e;
      });
    return this.communes;
  }

  /** A commune of the host's list by INSEE code (name, position), for the fiche de liaison. */
  async communeByCode(code: string): Promise<Commune | undefined> {
    try {
      return (await this.communeList()).find((c) => c.code === code);
    } catch {
      return undefined;
    }
  }

  private async search(query: string) {
    return searchCommunes(await this.communeList(), query, 8).map((m) => ({
      id: m.commune.code,
      label: communeLabel(m.commune),
      detail: m.matchedName !== m.commune.nom ? m.matchedName : m.commune.departement,
    }));
  }
}
