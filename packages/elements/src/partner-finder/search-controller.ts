// The finder's search: the search code loaded apart, the shards in reach of the origin, the query from the
// form, and the results a person sees: the first hits of each list, the rest built when « Voir les autres »
// is pressed (the counts are exact from the start).
import {
  departementOf,
  type HitList,
  type IndexManifest,
  type NeedFilter,
  type Place,
  type SearchHit,
} from '@passerelle/partners/browser';
import { focusById } from '../base/index.js';
import type { FinderEngine, Origin, PasserellePartnerFinder } from './partner-finder.js';

/** Results shown per list before « Voir les autres » (do not overwhelm: Dora #1245). */
export const PAGE = 10;

/** Up to this many places in an index, the finder loads every shard, whatever the commune. */
const SMALL_INDEX = 5000;

/** Messages for the webmaster, in French (the people who read the console of a French site). */
export const warn = (message: string, detail?: unknown) =>
  console.warn(`[passerelle-partner-finder] ${message}`, ...(detail === undefined ? [] : [detail]));

export class FinderSearch {
  private readonly loadedShards = new Map<string, Place[]>();
  /** The places of the shards last searched: the same array while they are the same, so the search keeps its index. */
  private read: { files: string; places: Place[] } | undefined;
  private enginePromise: Promise<FinderEngine | undefined> | undefined;
  private engineError = '';
  /** The hits after the first ones of each list expanded, for the current result. */
  private readonly rest = new Map<HitList, SearchHit[]>();

  constructor(private readonly f: PasserellePartnerFinder) {}

  /** The sources changed: shards are read again. */
  reset(): void {
    this.loadedShards.clear();
    this.read = undefined;
  }

  /**
   * The search code, loaded once (like the widget's own code, without the host files' deadline); undefined
   * when it could not load: the search then says so, and the next one tries again.
   */
  loadEngine(): Promise<FinderEngine | undefined> {
    const f = this.f;
    this.enginePromise ??= import('@passerelle/partners/search').then(
      (engine) => {
        f.set({ engine, errors: f.errors.filter((m) => m !== this.engineError) });
        return engine;
      },
      (e: unknown) => {
        this.enginePromise = undefined;
        this.engineError = f.t('loadFailed', { reason: f.reason(e, '@passerelle/partners/search') });
        f.set({ errors: [...new Set([...f.errors, this.engineError])] });
        return undefined;
      },
    );
    return this.enginePromise;
  }

  private needFilter(engine: FinderEngine): NeedFilter | null {
    const f = this.f;
    return engine.needFilter({
      ...(f.needId ? { need: f.needId } : {}),
      ...(f.right ? { right: f.right } : {}),
      ...(f.words.trim() ? { text: f.words.trim() } : {}),
    });
  }

  /** The shards to read: all of a small index (nothing told about the commune), else those in reach. */
  private shardsToLoad(
    engine: FinderEngine,
    manifest: IndexManifest,
    origin: Origin,
    radiusKm: number,
  ): IndexManifest['shards'] {
    if (manifest.count <= SMALL_INDEX) return manifest.shards;
    const dep = origin.commune ? departementOf(origin.commune.code) : undefined;
    return engine.shardsFor(manifest, origin.lat, origin.lon, radiusKm, dep);
  }

  private async placesFor(engine: FinderEngine, origin: Origin, radiusKm: number): Promise<Place[]> {
    const f = this.f;
    if (f.data) return f.data.places;
    const manifest = await f.loadManifest();
    if (!manifest) return [];
    const wanted = this.shardsToLoad(engine, manifest, origin, radiusKm);
    const warnings: string[] = [];
    const base = new URL(f.src, globalThis.location?.href ?? 'http://localhost/');
    await Promise.all(
      wanted
        .filter((s) => !this.loadedShards.has(s.file))
        .map(async (s) => {
          const url = new URL(s.file, base).toString();
          try {
            const { places, issues } = engine.readShard(await f.get(url), s.file);
            this.loadedShards.set(s.file, places);
            if (issues.length) {
              warn(s.file, issues);
              warnings.push(
                issues.length === 1 && issues[0]?.where === 'fichier'
                  ? f.t('shardUnreadable')
                  : f.t('badPlaces', { count: issues.length }),
              );
            }
          } catch (e) {
            warnings.push(f.t('shardFailed', { reason: f.reason(e, url) }));
          }
        }),
    );
    if (warnings.length) f.set({ warnings: [...new Set([...f.warnings, ...warnings])] });
    const files = wanted.filter((s) => this.loadedShards.has(s.file)).map((s) => s.file);
    if (this.read?.files !== files.join())
      this.read = { files: files.join(), places: files.flatMap((f) => this.loadedShards.get(f) ?? []) };
    return this.read.places;
  }

  /** Searches with what the form says; the result holds the first hits of each list. */
  async run(): Promise<void> {
    const f = this.f;
    // A commune just picked may still be looking up its position: a quick Enter waits for it.
    await f.communes.pending;
    const origin = f.origin;
    if (!origin) {
      f.set({ communeError: f.t('communeMissing') });
      await f.updateComplete;
      focusById(f, 'pf-commune');
      return;
    }
    const radiusKm = Math.min(50, Math.max(1, f.radius || 20));
    f.set({ loading: true, status: f.t('searching'), selected: undefined });
    const engine = await this.loadEngine();
    if (!engine) {
      f.set({ loading: false, status: '' });
      return;
    }
    const places = await this.placesFor(engine, origin, radiusKm);
    const on = (filter: string) => f.filters.includes(filter);
    const result = engine.searchPlaces(places, {
      origin: { lat: origin.lat, lon: origin.lon, ...(origin.commune ? { commune: origin.commune } : {}) },
      radiusKm,
      need: this.needFilter(engine),
      filters: {
        ouvertMaintenant: on('maintenant'),
        ouvertAujourdhui: on('aujourdhui'),
        gratuit: on('gratuit'),
        mode: f.mode,
        ...(f.audience ? { public: f.audience } : {}),
      },
      now: f.now ?? new Date(),
      limit: PAGE,
    });
    const n = result.total;
    const params = { count: n, radius: f.distance(radiusKm), place: f.originLabel(origin) };
    const status =
      n === 0
        ? f.t('noResult', params)
        : result.remoteCount
          ? f.t('foundRemote', { ...params, remote: result.remoteCount })
          : f.t('found', params);
    this.rest.clear();
    f.set({ loading: false, result, status, expanded: [] });
  }

  /** The hits of a list on screen: its first ones, and the rest once expanded. */
  shown(list: HitList, first: SearchHit[]): SearchHit[] {
    return this.f.expanded.includes(list) ? [...first, ...(this.rest.get(list) ?? [])] : first;
  }

  /** « Voir les autres »: builds the rest of the list, then moves focus to the first newly shown. */
  async expand(list: HitList): Promise<void> {
    const f = this.f;
    this.rest.set(list, f.result?.more(list, PAGE) ?? []);
    f.set({ expanded: [...f.expanded, list] });
    await f.updateComplete;
    // Keyboard users continue where they were.
    focusById(f, `pf-open-${list}-${PAGE}`);
  }
}
