import {
  type Commune,
  CommunesClient,
  communeLabel,
  departementOf,
  formatDate,
  type IndexManifest,
  isManifest,
  NEEDS,
  type NeedFilter,
  needFilter,
  PARTNER_TYPE_LABELS,
  type Place,
  nearestCommune,
  parseOpeningHours,
  placeStatus,
  readShard,
  routeUrl,
  type SearchFilters,
  type SearchHit,
  type SearchResult,
  searchCommunes,
  searchPlaces,
  shardsFor,
  timeZoneForPostcode,
  weekTable,
} from '@passerelle/partners/browser';
import { css, html, nothing, type PropertyValues } from 'lit';
import {
  alert,
  blockStyles,
  button,
  ComboboxController,
  type ComboboxOption,
  checkboxGroup,
  focusById,
  PasserelleElement,
  radioGroup,
  statusRegion,
  textField,
} from '../base/index.js';

/** An in-memory dataset (stories, tests, or a host that builds its data itself). */
export interface PartnerFinderDataset {
  places: Place[];
  communes: Commune[];
  /** Shows the "Données d'exemple" label. */
  exemple?: boolean;
  credits?: string[];
}

type FetchJson = (url: string) => Promise<unknown>;

interface Origin {
  lat: number;
  lon: number;
  label: string;
  commune?: Commune;
}

const RADII = [5, 10, 20, 30, 50];
/** Results shown per group before « Voir les autres » (do not overwhelm: Dora #1245). */
const PAGE = 10;
const PUBLICS = [
  { value: '', label: 'Tout le monde' },
  { value: 'jeunes', label: 'Jeunes' },
  { value: 'familles', label: 'Familles' },
  { value: 'seniors', label: 'Personnes âgées' },
  { value: 'personnes-en-situation-de-handicap', label: 'Personnes en situation de handicap' },
  { value: 'femmes', label: 'Femmes' },
  { value: 'demandeurs-emploi', label: "Demandeurs d'emploi" },
];

async function defaultFetchJson(url: string): Promise<unknown> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`erreur ${res.status}`);
  try {
    return await res.json();
  } catch {
    throw new Error('le fichier n’est pas du JSON valide');
  }
}

/**
 * Finds who can help near a person: need + commune, postcode or position → CAF, CPAM, France
 * Services, CCAS, mairies… with hours, "ouvert maintenant", contact, access and distance.
 *
 * Data: a static index written by `passerelle-partners import` (its `manifest.json` URL in `src`);
 * the page only requests that index, its département shards and the communes files next to it.
 *
 * @tagname passerelle-partner-finder
 * @summary Accessible finder of local partners (list and detail view, no map needed).
 * @since 0.1.0
 *
 * @event passerelle-partner-select - A place was opened in the detail view; `detail.place` is the place.
 *
 * @csspart status - The live region that announces the number of results.
 * @csspart results - The results list.
 * @csspart detail - The detail view of one place.
 * @csspart badge - The "Données d'exemple" label.
 * @csspart card - Each result.
 * @csspart button - Every button.
 *
 * @cssproperty --passerelle-color-action - Buttons and links.
 * @cssproperty --passerelle-color-text - Main text colour.
 * @cssproperty --passerelle-color-surface - Background of cards.
 * @cssproperty --passerelle-color-border - Card borders.
 * @cssproperty --passerelle-radius - Corner radius of cards.
 */
export class PasserellePartnerFinder extends PasserelleElement {
  static override styles = [
    PasserelleElement.styles,
    blockStyles,
    // Fields, labels, focus and buttons come from blockStyles: only the finder's own layout here.
    css`
      .pf {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 1em;
      }
      .pf > *,
      .pf__form > * {
        min-inline-size: 0;
      }
      .pf__title {
        font-size: 1.4em;
        margin: 0;
        line-height: 1.25;
      }
      .pf__badge {
        display: inline-block;
        padding: 0.15em 0.6em;
        border: 0.125em solid;
        border-radius: 1em;
        font-weight: 700;
        font-size: 0.9em;
      }
      .pf__row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em;
        align-items: flex-end;
      }
      .pf__group-title {
        font-size: 1.15em;
        margin-block: 0.5em;
      }
      .pf__list,
      .pf__week {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .pf__list {
        display: grid;
        gap: 0.75em;
      }
      .pf__item {
        border: 0.0625em solid var(--passerelle-color-border, #8a8a8a);
        border-radius: var(--passerelle-radius, 0.5em);
        padding: 0.75em 1em;
        background: var(--passerelle-color-surface, #fff);
      }
      .pf__name {
        font-size: 1.05em;
        margin: 0 0 0.25em;
      }
      .pf__meta {
        margin: 0.15em 0;
      }
      .pf__open,
      .pf__detail dt {
        font-weight: 700;
      }
      .pf a,
      .pf__linkbutton {
        color: var(--passerelle-color-action, #0b6e69);
        text-decoration: underline;
        overflow-wrap: anywhere;
      }
      .pf__linkbutton {
        font: inherit;
        background: none;
        border: 0;
        padding: 0;
        cursor: pointer;
        text-align: start;
        min-block-size: 1.5em;
      }
      .pf__detail dl {
        display: grid;
        grid-template-columns: minmax(6em, max-content) 1fr;
        gap: 0.35em 1em;
        margin: 0;
      }
      .pf__detail dd {
        margin: 0;
      }
      .pf__credits {
        font-size: 0.85em;
      }
      @media (max-width: 30em) {
        .pf__detail dl {
          grid-template-columns: 1fr;
        }
      }
      @media print {
        .pf__form,
        .pf__actions,
        .pf__credits {
          display: none;
        }
      }
    `,
  ];

  static override properties = {
    src: { type: String },
    communesSrc: { type: String, attribute: 'communes-src' },
    commune: { type: String },
    need: { type: String },
    right: { type: String },
    radius: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    data: { attribute: false },
    fetchJson: { attribute: false },
    now: { attribute: false },
    state: { state: true },
  };

  /** URL of the index manifest written by `passerelle-partners import`. */
  src = '';
  /** URL of the communes manifest; default: the index's `communes` field, else `communes/manifest.json` next to it. */
  communesSrc = '';
  /** Preset commune: INSEE code (`94081`) or name; searches at once. */
  commune = '';
  /** Preset need id (`caf`, `sante`, `logement`…) or words. */
  need = '';
  /** A right id from the questionnaire (`css`, `aide_logement`…): shows the places that help with it. */
  right = '';
  /** Search radius in km (default 20, at most 50). */
  radius = 20;
  /** Level of the widget's main heading (2 by default). */
  headingLevel = 2;
  /** In-memory data instead of `src` (no request at all). */
  data: PartnerFinderDataset | undefined = undefined;
  /** Replaces `fetch` (tests, hosts with their own loader). */
  fetchJson: FetchJson = defaultFetchJson;
  /** Clock for "ouvert maintenant" (tests and stories). */
  now: Date | undefined = undefined;

  state = {
    loading: false,
    errors: [] as string[],
    warnings: [] as string[],
    manifest: undefined as IndexManifest | undefined,
    origin: undefined as Origin | undefined,
    needId: '',
    words: '',
    filters: [] as string[],
    mode: 'tous' as 'tous' | 'sur-place' | 'a-distance',
    public: '',
    result: undefined as SearchResult | undefined,
    selected: undefined as Place | undefined,
    status: '',
    communeError: '',
    geoMessage: '',
    copied: '',
    /** Groups shown in full (the others show their first PAGE results). */
    expanded: [] as string[],
  };

  private readonly loadedShards = new Map<string, Place[]>();
  private communesClient: CommunesClient | undefined;
  private manifestPromise: Promise<IndexManifest | undefined> | undefined;
  private lastListFocus = '';

  private readonly combobox = new ComboboxController(this, {
    search: (q) => this.searchCommuneOptions(q),
    minChars: 2,
  });

  private set(patch: Partial<PasserellePartnerFinder['state']>): void {
    this.state = { ...this.state, ...patch };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.state.needId && this.need)
      this.set({
        needId: NEEDS.some((n) => n.id === this.need) ? this.need : '',
        words: NEEDS.some((n) => n.id === this.need) ? '' : this.need,
      });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data') || changed.has('communesSrc')) {
      this.manifestPromise = undefined;
      this.communesClient = undefined;
      this.loadedShards.clear();
    }
    if (changed.has('need') && changed.get('need') !== undefined) {
      const known = NEEDS.some((n) => n.id === this.need);
      this.set({ needId: known ? this.need : '', words: known ? '' : this.need });
    }
  }

  protected override firstUpdated(): void {
    void this.start();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (
      (changed.has('commune') && changed.get('commune') !== undefined) ||
      (changed.has('right') && changed.get('right') !== undefined && this.state.origin)
    ) {
      void this.start();
    }
  }

  /** Loads the manifest, then searches right away when a commune is preset. */
  private async start(): Promise<void> {
    const manifest = await this.loadManifest();
    if (this.commune) {
      const c = await this.resolveCommune(this.commune);
      if (c?.lat !== undefined && c.lon !== undefined) {
        this.combobox.setValue({ id: c.code, label: communeLabel(c) });
        this.set({ origin: { lat: c.lat, lon: c.lon, label: c.nom, commune: c } });
        await this.runSearch();
      } else if (manifest || this.data) {
        this.set({
          communeError: `La commune « ${this.commune} » est introuvable. Choisissez-la dans la liste.`,
        });
      }
    }
  }

  private loadManifest(): Promise<IndexManifest | undefined> {
    if (this.data) return Promise.resolve(undefined);
    this.manifestPromise ??= (async () => {
      if (!this.src) {
        this.set({
          errors: [
            'Aucune liste de lieux n’est configurée : le site doit indiquer l’adresse du fichier manifest.json dans l’attribut src.',
          ],
        });
        return undefined;
      }
      this.set({ loading: true });
      try {
        const data = await this.fetchJson(this.src);
        if (!isManifest(data)) {
          this.set({
            loading: false,
            errors: [
              `Le fichier ${this.src} n’est pas une liste de lieux Passerelle (manifest.json attendu).`,
            ],
          });
          return undefined;
        }
        this.set({ loading: false, manifest: data, errors: [] });
        return data;
      } catch (e) {
        this.set({
          loading: false,
          errors: [
            `La liste des lieux n’a pas pu être chargée (${this.src} : ${(e as Error).message}). Réessayez plus tard.`,
          ],
        });
        return undefined;
      }
    })();
    return this.manifestPromise;
  }

  private getCommunesClient(): CommunesClient | undefined {
    if (this.communesClient) return this.communesClient;
    const base = globalThis.location?.href ?? 'http://localhost/';
    let url = this.communesSrc;
    if (!url && this.src) {
      const rel = this.state.manifest?.communes ?? 'communes/manifest.json';
      url = new URL(rel, new URL(this.src, base)).toString();
    }
    if (!url) return undefined;
    this.communesClient = new CommunesClient(new URL(url, base).toString(), (u) => this.fetchJson(u));
    return this.communesClient;
  }

  private async searchCommuneOptions(q: string): Promise<ComboboxOption[]> {
    let matches: { commune: Commune; matchedName: string }[];
    if (this.data) matches = searchCommunes(this.data.communes, q, 8);
    else {
      await this.loadManifest();
      const client = this.getCommunesClient();
      if (!client) return [];
      matches = await client.search(q, 8);
    }
    return matches.map(({ commune: c, matchedName }) => ({
      id: c.code,
      label: c.nom,
      detail: `${matchedName !== c.nom ? `anciennement ${matchedName} · ` : ''}${c.codesPostaux.join(', ') || c.departement}`,
    }));
  }

  private async resolveCommune(value: string): Promise<Commune | undefined> {
    const v = value.trim();
    if (this.data) {
      const list = this.data.communes;
      return list.find((c) => c.code === v.toUpperCase()) ?? searchCommunes(list, v, 1)[0]?.commune;
    }
    await this.loadManifest();
    const client = this.getCommunesClient();
    if (!client) return undefined;
    try {
      if (/^(\d{5}|2[AB]\d{3})$/i.test(v)) {
        const byCode = await client.byCode(v);
        if (byCode) return byCode;
      }
      return (await client.search(v, 1))[0]?.commune;
    } catch {
      this.set({ warnings: [...this.state.warnings, 'La liste des communes n’a pas pu être chargée.'] });
      return undefined;
    }
  }

  /** The position lookup of the last commune picked (resolved once known or refused). */
  private pendingCommune: Promise<void> | undefined;

  private async onCommuneSelect(option: ComboboxOption | null): Promise<void> {
    if (!option) return;
    const c = await this.resolveCommune(option.id);
    if (!c || c.lat === undefined || c.lon === undefined) {
      this.set({
        communeError: `Nous ne connaissons pas la position de ${option.label}. Choisissez une commune voisine.`,
      });
      return;
    }
    this.set({
      origin: { lat: c.lat, lon: c.lon, label: c.nom, commune: c },
      communeError: '',
      geoMessage: '',
    });
  }

  private locate(): void {
    if (!('geolocation' in navigator)) {
      this.set({ geoMessage: 'Votre navigateur ne donne pas votre position. Tapez votre commune.' });
      return;
    }
    this.set({ geoMessage: 'Recherche de votre position…' });
    navigator.geolocation.getCurrentPosition(
      async (pos) => {
        const { latitude: lat, longitude: lon } = pos.coords;
        let commune: Commune | undefined;
        const manifest = await this.loadManifest();
        if (this.data) {
          commune = nearestCommune(this.data.communes, lat, lon);
        } else if (manifest) {
          const deps = shardsFor(manifest, lat, lon, 30)
            .map((s) => s.key)
            .filter((k) => k !== 'national');
          commune = await this.getCommunesClient()
            ?.nearest(lat, lon, deps)
            .catch(() => undefined);
        }
        if (commune) this.combobox.setValue({ id: commune.code, label: communeLabel(commune) });
        this.set({
          origin: {
            lat,
            lon,
            label: commune ? `votre position (près de ${commune.nom})` : 'votre position',
            ...(commune ? { commune } : {}),
          },
          geoMessage: 'Position trouvée. Elle reste sur cet appareil.',
          communeError: '',
        });
        await this.runSearch();
      },
      (err) => {
        this.set({
          geoMessage:
            err.code === err.PERMISSION_DENIED
              ? 'Vous n’avez pas autorisé la position. Tapez votre commune.'
              : 'Votre position n’a pas pu être trouvée. Tapez votre commune.',
        });
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  }

  private needFilterNow(): NeedFilter | null {
    return needFilter({
      ...(this.state.needId ? { need: this.state.needId } : {}),
      ...(this.right ? { right: this.right } : {}),
      ...(this.state.words.trim() ? { text: this.state.words.trim() } : {}),
    });
  }

  private async placesFor(origin: Origin, radiusKm: number): Promise<Place[]> {
    if (this.data) return this.data.places;
    const manifest = await this.loadManifest();
    if (!manifest) return [];
    const dep = origin.commune ? departementOf(origin.commune.code) : undefined;
    const wanted = shardsFor(manifest, origin.lat, origin.lon, radiusKm, dep);
    const warnings: string[] = [];
    await Promise.all(
      wanted
        .filter((s) => !this.loadedShards.has(s.file))
        .map(async (s) => {
          const url = new URL(
            s.file,
            new URL(this.src, globalThis.location?.href ?? 'http://localhost/'),
          ).toString();
          try {
            const { places, issues } = readShard(await this.fetchJson(url), s.file);
            this.loadedShards.set(s.file, places);
            if (issues.length)
              warnings.push(
                issues.length === 1 && issues[0]?.where === 'fichier'
                  ? `Le fichier ${s.file} est illisible : ses lieux ne sont pas affichés.`
                  : `${issues.length} lieu${issues.length > 1 ? 'x' : ''} mal décrit${issues.length > 1 ? 's' : ''} dans ${s.file} ${issues.length > 1 ? 'ont' : 'a'} été ignoré${issues.length > 1 ? 's' : ''}.`,
              );
          } catch (e) {
            warnings.push(
              `Une partie des lieux n’a pas pu être chargée (${s.file} : ${(e as Error).message}). Les autres lieux sont affichés.`,
            );
          }
        }),
    );
    if (warnings.length) this.set({ warnings: [...new Set([...this.state.warnings, ...warnings])] });
    return wanted.flatMap((s) => this.loadedShards.get(s.file) ?? []);
  }

  private async runSearch(): Promise<void> {
    // A commune just picked may still be looking up its position: a quick Enter waits for it.
    if (this.pendingCommune) await this.pendingCommune;
    const origin = this.state.origin;
    if (!origin) {
      this.set({ communeError: 'Choisissez votre commune dans la liste, ou utilisez votre position.' });
      await this.updateComplete;
      focusById(this, 'pf-commune');
      return;
    }
    const radiusKm = Math.min(50, Math.max(1, this.radius || 20));
    this.set({ loading: true, status: 'Recherche en cours…', selected: undefined });
    const places = await this.placesFor(origin, radiusKm);
    const f = this.state.filters;
    const filters: SearchFilters = {
      ouvertMaintenant: f.includes('maintenant'),
      ouvertAujourdhui: f.includes('aujourdhui'),
      gratuit: f.includes('gratuit'),
      mode: this.state.mode,
      ...(this.state.public ? { public: this.state.public } : {}),
    };
    const result = searchPlaces(places, {
      origin: { lat: origin.lat, lon: origin.lon, ...(origin.commune ? { commune: origin.commune } : {}) },
      radiusKm,
      need: this.needFilterNow(),
      filters,
      now: this.now ?? new Date(),
    });
    const n = result.total;
    const status =
      n === 0
        ? `Aucun lieu trouvé à moins de ${radiusKm} km de ${origin.label}. Essayez un autre besoin, moins de filtres ou une plus grande distance.`
        : `${n} lieu${n > 1 ? 'x' : ''} trouvé${n > 1 ? 's' : ''} à moins de ${radiusKm} km de ${origin.label}${result.remote.length ? `, dont ${result.remote.length} à distance` : ''}.`;
    this.set({ loading: false, result, status, expanded: [] });
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    void this.runSearch();
  }

  private async openDetail(place: Place, triggerId: string): Promise<void> {
    this.lastListFocus = triggerId;
    this.set({ selected: place, copied: '' });
    this.dispatchEvent(
      new CustomEvent('passerelle-partner-select', { detail: { place }, bubbles: true, composed: true }),
    );
    await this.updateComplete;
    focusById(this, 'pf-detail-title');
  }

  private async closeDetail(): Promise<void> {
    this.set({ selected: undefined, copied: '' });
    await this.updateComplete;
    if (!focusById(this, this.lastListFocus)) focusById(this, 'pf-results-title');
  }

  private contactText(p: Place): string {
    const a = p.adresse;
    const lines = [
      p.nom,
      a?.ligne,
      a?.complement,
      [a?.codePostal, a?.commune].filter(Boolean).join(' '),
      p.telephone ? `Téléphone : ${p.telephone}` : '',
      p.courriel ? `E-mail : ${p.courriel}` : '',
      p.siteWeb ? `Site : ${p.siteWeb}` : '',
      p.horaires || p.horairesTexte ? `Horaires : ${p.horairesTexte ?? p.horaires}` : '',
    ];
    return lines.filter(Boolean).join('\n');
  }

  private async copyContact(p: Place): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.contactText(p));
      this.set({ copied: 'Les coordonnées sont copiées.' });
    } catch {
      this.set({ copied: 'La copie n’a pas marché : sélectionnez le texte à la main.' });
    }
  }

  // ----------------------------------------------------------------------------------------------

  private renderHeading(level: number, id: string, className: string, content: unknown) {
    const l = Math.min(6, Math.max(2, level));
    switch (l) {
      case 3:
        return html`<h3 id=${id} class=${className} tabindex="-1">${content}</h3>`;
      case 4:
        return html`<h4 id=${id} class=${className} tabindex="-1">${content}</h4>`;
      case 5:
        return html`<h5 id=${id} class=${className} tabindex="-1">${content}</h5>`;
      case 6:
        return html`<h6 id=${id} class=${className} tabindex="-1">${content}</h6>`;
      default:
        return html`<h2 id=${id} class=${className} tabindex="-1">${content}</h2>`;
    }
  }

  override render() {
    const s = this.state;
    const exemple = this.data?.exemple ?? s.manifest?.exemple ?? false;
    const h = this.headingLevel || 2;
    return html`<section class="pf" lang=${this.langTag} dir=${this.textDirection} aria-labelledby="pf-title">
      ${this.renderHeading(h, 'pf-title', 'pf__title', 'Trouver de l’aide près de chez vous')}
      ${exemple ? html`<p><span class="pf__badge" part="badge">Données d'exemple</span> Ces lieux servent à la démonstration : vérifiez avant de vous déplacer.</p>` : nothing}
      ${s.errors.length ? alert(this, { tone: 'error', live: true, content: html`${s.errors.map((m) => html`<p>${m}</p>`)}` }) : nothing}
      ${s.warnings.length ? alert(this, { tone: 'warning', live: true, content: html`${s.warnings.map((m) => html`<p>${m}</p>`)}` }) : nothing}
      ${s.selected ? nothing : this.renderForm()}
      ${statusRegion(s.status, { visible: true })}
      ${s.selected ? this.renderDetail(s.selected, h + 1) : this.renderResults(h + 1)}
      ${this.renderCredits()}
    </section>`;
  }

  private renderForm() {
    const s = this.state;
    return html`<form class="pf__form" novalidate @submit=${(e: Event) => this.onSubmit(e)} aria-label="Recherche de lieux">
      <div class="pa-field">
        <label class="pa-label" for="pf-need">De quoi avez-vous besoin ?</label>
        <select
          id="pf-need"
          class="pa-input pa-input--medium"
          .value=${s.needId}
          @change=${(e: Event) => this.set({ needId: (e.target as HTMLSelectElement).value })}
        >
          <option value="" ?selected=${!s.needId}>${this.right ? 'Lieux utiles pour votre démarche' : 'Tous les besoins'}</option>
          ${NEEDS.map((n) => html`<option value=${n.id} ?selected=${s.needId === n.id}>${n.label}</option>`)}
        </select>
      </div>
      ${textField(this, {
        id: 'pf-words',
        label: 'Ou tapez un mot (facultatif)',
        hint: 'Par exemple : APL, mutuelle, papiers, internet.',
        value: s.words,
        autocomplete: 'off',
        onInput: (v) => this.set({ words: v }),
      })}
      ${this.combobox.render({
        id: 'pf-commune',
        label: 'Votre commune ou votre code postal',
        hint: 'Par exemple : Créteil ou 94000. Choisissez dans la liste.',
        required: true,
        ...(s.communeError ? { error: s.communeError } : {}),
        onSelect: (o) => {
          this.pendingCommune = this.onCommuneSelect(o);
        },
      })}
      <div class="pf__row">
        ${button({ label: 'Utiliser ma position', variant: 'secondary', onClick: () => this.locate(), describedBy: 'pf-geo-hint' })}
        <p id="pf-geo-hint" class="pa-hint">${s.geoMessage || 'Seulement si vous le voulez. Votre position reste sur cet appareil.'}</p>
      </div>
      <div class="pa-field">
        <label class="pa-label" for="pf-radius">Distance maximale</label>
        <select id="pf-radius" class="pa-input pa-input--medium" @change=${(e: Event) => (this.radius = Number((e.target as HTMLSelectElement).value))}>
          ${RADII.map((r) => html`<option value=${r} ?selected=${(this.radius || 20) === r}>${r} km</option>`)}
        </select>
      </div>
      ${checkboxGroup(this, {
        id: 'pf-filters',
        label: 'Seulement les lieux…',
        options: [
          { value: 'maintenant', label: 'ouverts maintenant' },
          { value: 'aujourdhui', label: 'ouverts aujourd’hui' },
          { value: 'gratuit', label: 'gratuits' },
        ],
        values: s.filters,
        onChange: (values) => this.set({ filters: values }),
      })}
      ${radioGroup(this, {
        id: 'pf-mode',
        label: 'Comment être aidé ?',
        inline: true,
        options: [
          { value: 'tous', label: 'Sur place ou à distance' },
          { value: 'sur-place', label: 'Sur place' },
          { value: 'a-distance', label: 'À distance (téléphone, internet)' },
        ],
        value: s.mode,
        onChange: (v) => this.set({ mode: v as typeof s.mode }),
      })}
      <div class="pa-field">
        <label class="pa-label" for="pf-public">Pour qui ?</label>
        <select id="pf-public" class="pa-input pa-input--medium" @change=${(e: Event) => this.set({ public: (e.target as HTMLSelectElement).value })}>
          ${PUBLICS.map((p) => html`<option value=${p.value} ?selected=${s.public === p.value}>${p.label}</option>`)}
        </select>
      </div>
      <div class="pf__actions">${button({ label: s.loading ? 'Recherche…' : 'Rechercher', type: 'submit', variant: 'primary' })}</div>
    </form>`;
  }

  private renderResults(level: number) {
    const r = this.state.result;
    if (!r) return nothing;
    const now = this.now ?? new Date();
    return html`<div class="pf__results" part="results">
      ${this.renderHeading(level, 'pf-results-title', 'pf__group-title', 'Résultats')}
      ${r.groups.map(
        (g) => html`<section aria-labelledby=${`pf-g-${g.type}`}>
          ${this.renderHeading(level + 1, `pf-g-${g.type}`, 'pf__group-title', `${g.label} (${g.hits.length})`)}
          <ul class="pf__list">
            ${this.visible(g.type, g.hits).map((hit, i) => this.renderHit(hit, `${g.type}-${i}`, level + 2, now))}
          </ul>
          ${this.moreButton(g.type, g.hits.length)}
        </section>`,
      )}
      ${
        r.remote.length
          ? html`<section aria-labelledby="pf-g-remote">
              ${this.renderHeading(level + 1, 'pf-g-remote', 'pf__group-title', `À distance : par téléphone ou sur internet (${r.remote.length})`)}
              <ul class="pf__list">
                ${this.visible('remote', r.remote).map((hit, i) => this.renderHit(hit, `remote-${i}`, level + 2, now))}
              </ul>
              ${this.moreButton('remote', r.remote.length)}
            </section>`
          : nothing
      }
    </div>`;
  }

  private visible(key: string, hits: SearchHit[]): SearchHit[] {
    return this.state.expanded.includes(key) ? hits : hits.slice(0, PAGE);
  }

  private moreButton(key: string, count: number) {
    if (count <= PAGE || this.state.expanded.includes(key)) return nothing;
    const keyId = key === 'remote' ? 'remote' : key;
    return button({
      label: `Voir les ${count - PAGE} autres`,
      variant: 'secondary',
      onClick: async () => {
        this.set({ expanded: [...this.state.expanded, key] });
        await this.updateComplete;
        // Focus the first newly shown result, so keyboard users continue where they were.
        focusById(this, `pf-open-${keyId}-${PAGE}`);
      },
    });
  }

  private renderHit(hit: SearchHit, key: string, level: number, now: Date) {
    const p = hit.place;
    const status = hit.status ?? placeStatus(p, now);
    const triggerId = `pf-open-${key}`;
    const a = p.adresse;
    return html`<li class="pf__item" part="card">
      ${this.renderHeading(
        level,
        `pf-name-${key}`,
        'pf__name',
        html`<button id=${triggerId} type="button" class="pf__linkbutton" @click=${() => void this.openDetail(p, triggerId)}>
          ${p.nom}<span class="pa-visually-hidden"> : voir le détail</span>
        </button>`,
      )}
      <p class="pf__meta">${p.types.map((t) => PARTNER_TYPE_LABELS[t].one).join(' · ')}${hit.distanceText ? html` · <strong>${hit.distanceText}</strong>` : nothing}</p>
      ${a?.ligne || a?.commune ? html`<p class="pf__meta">${[a.ligne, [a.codePostal, a.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</p>` : nothing}
      ${status ? html`<p class="pf__meta pf__open">${status.text}</p>` : p.horairesTexte ? html`<p class="pf__meta">Horaires : ${p.horairesTexte}</p>` : nothing}
      ${p.telephone ? html`<p class="pf__meta">Téléphone : <a href=${`tel:${p.telephone.replace(/[^\d+]/g, '')}`}>${p.telephone}</a></p>` : nothing}
      ${hit.stale ? html`<p class="pf__meta">⚠ Informations de plus de deux ans : appelez avant de vous déplacer.</p>` : nothing}
    </li>`;
  }

  private renderDetail(p: Place, level: number) {
    const now = this.now ?? new Date();
    const parsed = p.horaires ? parseOpeningHours(p.horaires) : null;
    const tz = timeZoneForPostcode(p.adresse?.codePostal);
    const week = parsed ? weekTable(parsed, now, { timeZone: tz }) : null;
    const status = placeStatus(p, now);
    const a = p.adresse;
    const route = routeUrl(p);
    const stale = p.dateMaj
      ? new Date(`${p.dateMaj}T00:00:00Z`).getTime() < now.getTime() - 2 * 365.25 * 86_400_000
      : false;
    return html`<article class="pf__detail" part="detail" aria-labelledby="pf-detail-title">
      ${this.renderHeading(level, 'pf-detail-title', 'pf__title', p.nom)}
      <p>${p.types.map((t) => PARTNER_TYPE_LABELS[t].one).join(' · ')}</p>
      ${p.description ? html`<p>${p.description}</p>` : nothing}
      <dl>
        ${
          a
            ? html`<dt>Adresse</dt>
                <dd>
                  ${a.ligne ? html`${a.ligne}<br />` : nothing}${a.complement ? html`${a.complement}<br />` : nothing}${[a.codePostal, a.commune].filter(Boolean).join(' ')}
                  ${p.positionApprochee ? html`<br /><em>Position approximative (centre de la commune) : la distance est indicative.</em>` : nothing}
                </dd>`
            : nothing
        }
        ${
          parsed || p.horairesTexte
            ? html`<dt>Horaires</dt>
                <dd>
                  ${status ? html`<p class="pf__open">${status.text}</p>` : nothing}
                  ${week ? html`<ul class="pf__week">${week.map((d) => html`<li>${d.day} : ${d.text}</li>`)}</ul>` : html`<p>${p.horairesTexte}</p>`}
                </dd>`
            : nothing
        }
        ${p.telephone ? html`<dt>Téléphone</dt><dd><a href=${`tel:${p.telephone.replace(/[^\d+]/g, '')}`}>${p.telephone}</a></dd>` : nothing}
        ${p.courriel ? html`<dt>E-mail</dt><dd><a href=${`mailto:${p.courriel}`}>${p.courriel}</a></dd>` : nothing}
        ${p.siteWeb ? html`<dt>Site internet</dt><dd><a href=${p.siteWeb} target="_blank" rel="noopener noreferrer">${p.siteWeb}<span class="pa-visually-hidden"> (nouvelle fenêtre)</span></a></dd>` : nothing}
        ${p.lienRdv ? html`<dt>Rendez-vous</dt><dd><a href=${p.lienRdv} target="_blank" rel="noopener noreferrer">Prendre rendez-vous<span class="pa-visually-hidden"> (nouvelle fenêtre)</span></a></dd>` : nothing}
        ${
          p.accessibiliteUrl || p.accessibiliteNote
            ? html`<dt>Accessibilité</dt>
                <dd>
                  ${p.accessibiliteNote ?? nothing}
                  ${p.accessibiliteUrl ? html`<a href=${p.accessibiliteUrl} target="_blank" rel="noopener noreferrer">Fiche d’accessibilité<span class="pa-visually-hidden"> (nouvelle fenêtre)</span></a>` : nothing}
                </dd>`
            : nothing
        }
        ${p.frais ? html`<dt>Prix</dt><dd>${p.frais === 'gratuit' ? 'Gratuit' : 'Payant'}${p.fraisPrecisions ? ` (${p.fraisPrecisions})` : ''}</dd>` : nothing}
        ${p.modesAccueil.includes('a-distance') ? html`<dt>À distance</dt><dd>Aide possible par téléphone ou sur internet.</dd>` : nothing}
        <dt>Mise à jour</dt>
        <dd>
          ${p.dateMaj ? `Informations du ${formatDate(p.dateMaj)}` : 'Date inconnue'}${p.lienSource ? html` · <a href=${p.lienSource} target="_blank" rel="noopener noreferrer">source<span class="pa-visually-hidden"> (nouvelle fenêtre)</span></a>` : nothing}
          ${stale ? html`<br /><strong>⚠ Ces informations ont plus de deux ans : appelez avant de vous déplacer.</strong>` : nothing}
        </dd>
      </dl>
      <div class="pf__row pf__actions">
        ${route ? html`<a class="pa-button pa-button--secondary" part="button" href=${route} target="_blank" rel="noopener noreferrer">Itinéraire<span class="pa-visually-hidden"> vers ${p.nom} (OpenStreetMap, nouvelle fenêtre)</span></a>` : nothing}
        ${button({ label: 'Copier les coordonnées', variant: 'secondary', onClick: () => void this.copyContact(p) })}
        ${button({ label: 'Imprimer', variant: 'secondary', onClick: () => window.print() })}
        ${button({ label: 'Retour à la liste', variant: 'primary', onClick: () => void this.closeDetail() })}
      </div>
      <p role="status" class=${this.state.copied ? '' : 'pa-visually-hidden'}>${this.state.copied}</p>
    </article>`;
  }

  private renderCredits() {
    const credits = this.data?.credits ?? this.state.manifest?.credits ?? [];
    if (!credits.length) return nothing;
    return html`<p class="pf__credits">Sources : ${credits.join(' ; ')}.</p>`;
  }
}
