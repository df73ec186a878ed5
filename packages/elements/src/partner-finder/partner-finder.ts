import {
  type Commune,
  communeLabel,
  type IndexManifest,
  isManifest,
  NEED_LABELS,
  type Place,
  type SearchResult,
} from '@passerelle/partners/browser';
import { html, nothing, type PropertyValues } from 'lit';
import {
  actionStyles,
  alert,
  coreStyles,
  fieldStyles,
  ComboboxController,
  focusById,
  PasserelleElement,
  statusRegion,
} from '../base/index.js';
import type { MessageParams } from '../i18n/messages.js';
import { FinderCommunes } from './communes.js';
import { type FetchJson, fetchJsonWithin, LoadFailure, withDeadline } from './fetch.js';
import { type FinderTable, finderMessages } from './messages.js';
import { FinderSearch, warn } from './search-controller.js';
import { finderStyles } from './styles.js';
import { heading, renderDetail, renderForm, renderResults } from './views.js';

/** The search code (`@passerelle/partners/search`), loaded apart. */
export type FinderEngine = typeof import('@passerelle/partners/search');

/** An in-memory dataset (stories, tests, or a host that builds its data itself). */
export interface PartnerFinderDataset {
  places: Place[];
  communes: Commune[];
  /** Shows the "Données d'exemple" label. */
  exemple?: boolean;
  credits?: string[];
}

export interface Origin {
  lat: number;
  lon: number;
  /** The commune's name, or undefined for a position without a known commune. */
  commune?: Commune;
  /** True when the origin is the person's position (geolocation). */
  position?: boolean;
}

/**
 * Finds who can help near a person: need + commune, postcode or position → CAF, CPAM, France
 * Services, CCAS, mairies… with hours, "ouvert maintenant", contact, access and distance.
 *
 * Data: a static index written by `passerelle-partners import` (its `manifest.json` URL in `src`). The
 * page requests that index, the communes names index next to it when the commune field gets focus, and
 * the index's shards: every shard when the index holds up to 5,000 places, else those near the commune.
 * None of these requests depends on the letters typed. Every request ends within `timeout` seconds.
 *
 * @tagname passerelle-partner-finder
 * @summary Accessible finder of local partners (list and detail view, no map needed).
 * @since 0.1.0
 *
 * @event passerelle-partner-finder-select - A place was opened in the detail view; `detail.place` is the place.
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
  static override styles = [PasserelleElement.styles, coreStyles, fieldStyles, actionStyles, finderStyles];

  static override properties = {
    src: { type: String },
    communesSrc: { type: String, attribute: 'communes-src' },
    commune: { type: String },
    need: { type: String },
    right: { type: String },
    radius: { type: Number },
    timeout: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    data: { attribute: false },
    fetchJson: { attribute: false },
    now: { attribute: false },
    // Internal reactive state (no decorators: their runtime would ship with the widget).
    loading: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    warnings: { state: true, attribute: false },
    manifest: { state: true, attribute: false },
    origin: { state: true, attribute: false },
    needId: { state: true, attribute: false },
    words: { state: true, attribute: false },
    filters: { state: true, attribute: false },
    mode: { state: true, attribute: false },
    audience: { state: true, attribute: false },
    result: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    status: { state: true, attribute: false },
    communeError: { state: true, attribute: false },
    geoMessage: { state: true, attribute: false },
    copied: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    engine: { state: true, attribute: false },
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
  /** Seconds a file may take (start to end) before the finder gives up and says so; 20 by default. */
  timeout = 20;
  /** Level of the widget's main heading (2 by default). */
  headingLevel = 2;
  /** In-memory data instead of `src` (no request at all). */
  data: PartnerFinderDataset | undefined = undefined;
  /** Replaces `fetch` (tests, hosts with their own loader); `timeout` applies to it too. */
  fetchJson: FetchJson | undefined = undefined;
  /** Clock for "ouvert maintenant" (tests and stories). */
  now: Date | undefined = undefined;

  /** @internal */
  loading = false;
  /** @internal */
  errors: string[] = [];
  /** @internal */
  warnings: string[] = [];
  /** @internal */
  manifest: IndexManifest | undefined = undefined;
  /** @internal */
  origin: Origin | undefined = undefined;
  /** @internal */
  needId = '';
  /** @internal */
  words = '';
  /** @internal */
  filters: string[] = [];
  /** @internal */
  mode: 'tous' | 'sur-place' | 'a-distance' = 'tous';
  /** @internal "Pour qui ?" filter ('' is everyone). */
  audience = '';
  /** @internal */
  result: SearchResult | undefined = undefined;
  /** @internal */
  selected: Place | undefined = undefined;
  /** @internal */
  status = '';
  /** @internal */
  communeError = '';
  /** @internal */
  geoMessage = '';
  /** @internal */
  copied = '';
  /** @internal Groups shown in full (the others show their first results only). */
  expanded: string[] = [];
  /** @internal The search code once loaded (results and detail render with it). */
  engine: FinderEngine | undefined = undefined;

  /** @internal The communes of the search field and the origin (communes.ts). */
  readonly communes = new FinderCommunes(this);
  /** @internal The search and the results shown (search-controller.ts). */
  readonly search = new FinderSearch(this);
  private manifestPromise: Promise<IndexManifest | undefined> | undefined;
  /** @internal */
  lastListFocus = '';

  /** @internal */
  readonly combobox = new ComboboxController(this, {
    search: (q) => this.communes.options(q),
    minChars: 2,
  });

  /** @internal A string of the finder's table in the current locale. */
  t = (key: keyof FinderTable & string, params?: MessageParams): string =>
    this.msg(finderMessages, key, params);

  /** @internal */
  set(patch: Partial<Pick<PasserellePartnerFinder, StateKey>>): void {
    Object.assign(this, patch);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.needId && !this.words && this.need) this.applyNeed();
  }

  private applyNeed(): void {
    const known = Object.hasOwn(NEED_LABELS, this.need);
    this.set({ needId: known ? this.need : '', words: known ? '' : this.need });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data') || changed.has('communesSrc')) {
      this.manifestPromise = undefined;
      this.communes.reset();
      this.search.reset();
    }
    if (changed.has('need') && changed.get('need') !== undefined) this.applyNeed();
  }

  protected override firstUpdated(): void {
    void this.start();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (
      (changed.has('commune') && changed.get('commune') !== undefined) ||
      (changed.has('right') && changed.get('right') !== undefined && this.origin)
    ) {
      void this.start();
    }
  }

  /** Loads the manifest, then searches right away when a commune is preset. */
  private async start(): Promise<void> {
    // Asked for now (the embed loader has it on its way), said only if a search needs it and it is missing.
    import('@passerelle/partners/search').catch(() => undefined);
    const manifest = await this.loadManifest();
    if (!this.commune) return;
    const c = await this.communes.resolve(this.commune);
    if (c?.lat !== undefined && c.lon !== undefined) {
      this.combobox.setValue({ id: c.code, label: communeLabel(c) });
      this.set({ origin: { lat: c.lat, lon: c.lon, commune: c } });
      await this.search.run();
    } else if (manifest || this.data) {
      warn(`commune="${this.commune}" introuvable`);
      this.set({ communeError: this.t('communeUnknown', { commune: this.commune }) });
    }
  }

  private get deadlineMs(): number {
    const s = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : 20;
    return s * 1000;
  }

  /** Every request of the finder: the host's loader or fetch, within the deadline. */
  /** @internal */
  get(url: string): Promise<unknown> {
    return this.fetchJson
      ? withDeadline(this.fetchJson(url), this.deadlineMs)
      : fetchJsonWithin(url, this.deadlineMs);
  }

  /** Why a load failed, in the person's words; the details go to the webmaster's console. */
  /** @internal */
  reason(e: unknown, url: string): string {
    warn(`${url} non chargé`, e);
    if (e instanceof LoadFailure) {
      if (e.reason === 'http') return this.t('reasonHttp', { status: String(e.status) });
      return this.t(
        e.reason === 'json' ? 'reasonJson' : e.reason === 'timeout' ? 'reasonTimeout' : 'reasonNetwork',
      );
    }
    return this.t('reasonNetwork');
  }

  /** @internal */
  loadManifest(): Promise<IndexManifest | undefined> {
    if (this.data) return Promise.resolve(undefined);
    this.manifestPromise ??= (async () => {
      if (!this.src) {
        warn('attribut src vide (adresse du manifest.json de passerelle-partners)');
        this.set({ errors: [this.t('noSource')] });
        return undefined;
      }
      this.set({ loading: true });
      try {
        const data = await this.get(this.src);
        if (!isManifest(data)) {
          warn(`${this.src} n’est pas un manifest.json de passerelle-partners`);
          this.set({ loading: false, errors: [this.t('loadFailed', { reason: this.t('reasonJson') })] });
          return undefined;
        }
        this.set({ loading: false, manifest: data, errors: [] });
        return data;
      } catch (e) {
        this.set({ loading: false, errors: [this.t('loadFailed', { reason: this.reason(e, this.src) })] });
        this.manifestPromise = undefined; // the next search tries again
        return undefined;
      }
    })();
    return this.manifestPromise;
  }

  /** @internal The origin as people read it: the commune, or "votre position (près de …)". */
  originLabel(origin: Origin): string {
    if (!origin.position) return origin.commune?.nom ?? '';
    return origin.commune
      ? this.t('yourPositionNear', { commune: origin.commune.nom })
      : this.t('yourPosition');
  }

  /** @internal "20 km", "moins de 1 km", "2,4 km" in the person's locale. */
  distance(km: number): string {
    if (km < 1) return this.t('lessThanOneKm');
    // Whole kilometres (the radius choices of the first screen) without Intl: its start-up costs about
    // 100 ms of main thread at 4× CPU before the form answers. The tables write them as Intl does.
    if (Number.isInteger(km) && km < 1000) return this.t('kilometres', { km });
    return this.formatNumber(km < 10 ? Math.round(km * 10) / 10 : Math.round(km), {
      style: 'unit',
      unit: 'kilometer',
      maximumFractionDigits: 1,
    });
  }

  /** @internal */
  async openDetail(place: Place, triggerId: string): Promise<void> {
    this.lastListFocus = triggerId;
    this.set({ selected: place, copied: '' });
    this.dispatchEvent(
      new CustomEvent('passerelle-partner-finder-select', {
        detail: { place },
        bubbles: true,
        composed: true,
      }),
    );
    await this.updateComplete;
    focusById(this, 'pf-detail-title');
  }

  /** @internal */
  async closeDetail(): Promise<void> {
    this.set({ selected: undefined, copied: '' });
    await this.updateComplete;
    if (!focusById(this, this.lastListFocus)) focusById(this, 'pf-results-title');
  }

  override render() {
    const exemple = this.data?.exemple ?? this.manifest?.exemple ?? false;
    const h = this.headingLevel || 2;
    const credits = this.data?.credits ?? this.manifest?.credits ?? [];
    return html`<section class="pf" lang=${this.langTag} dir=${this.textDirection} aria-labelledby="pf-title">
      ${heading(h, 'pf-title', 'pf__title', this.t('title'))}
      ${exemple ? html`<p><span class="pf__badge" part="badge">${this.t('sampleBadge')}</span> ${this.t('sampleNote')}</p>` : nothing}
      ${this.errors.length ? alert(this, { tone: 'error', live: true, content: html`${this.errors.map((m) => html`<p>${m}</p>`)}` }) : nothing}
      ${this.warnings.length ? alert(this, { tone: 'warning', live: true, content: html`${this.warnings.map((m) => html`<p>${m}</p>`)}` }) : nothing}
      ${this.selected ? nothing : renderForm(this)}
      ${statusRegion(this.status, { visible: true })}
      ${this.selected && this.engine ? renderDetail(this, this.engine, this.selected, h + 1) : renderResults(this, h + 1)}
      ${credits.length ? html`<p class="pf__credits">${this.t('creditsLead')}<bdi>${credits.join(' ; ')}</bdi></p>` : nothing}
    </section>`;
  }
}

type StateKey =
  | 'loading'
  | 'errors'
  | 'warnings'
  | 'manifest'
  | 'origin'
  | 'needId'
  | 'words'
  | 'filters'
  | 'mode'
  | 'audience'
  | 'result'
  | 'selected'
  | 'status'
  | 'communeError'
  | 'geoMessage'
  | 'copied'
  | 'expanded'
  | 'engine'
  | 'radius';
