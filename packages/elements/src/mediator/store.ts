// The mediator's bilans on this device: one IndexedDB database of its own, never read by public mode
// (whose one opt-in save lives in localStorage under another key), each record deleted automatically
// after the retention period the host sets. When storage is refused or full, the caller gets a French
// message and the interview goes on unsaved.
import { clear, createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { cleanFollowUp, type FollowUp } from './model.js';

export const BILANS_DB = 'passerelle-mediateur-bilans';
export const DEFAULT_RETENTION_DAYS = 30;
/** A clear limit, whatever the browser's quota: a mediator needs dozens, not thousands. */
export const MAX_BILANS = 300;
export const MAX_LABEL_LENGTH = 40;

/** The few operations the store needs: idb-keyval's, so tests can give a map instead. */
export interface KeyValueBackend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[IDBValidKey, unknown][]>;
  clear(): Promise<void>;
}

export function indexedDbBackend(dbName = BILANS_DB, storeName = 'bilans'): KeyValueBackend {
  let store: UseStore | undefined;
  // Opened on first use: a page that never saves never creates the database.
  const s = () => {
    if (typeof indexedDB === 'undefined') throw new StorageProblem('unavailable');
    store ??= createStore(dbName, storeName);
    return store;
  };
  return {
    get: async (k) => get(k, s()),
    set: async (k, v) => set(k, v, s()),
    del: async (k) => del(k, s()),
    entries: async () => entries(s()),
    clear: async () => clear(s()),
  };
}

export function memoryBackend(): KeyValueBackend {
  const map = new Map<string, unknown>();
  const copy = <T>(v: T): T => structuredClone(v);
  return {
    get: async (k) => copy(map.get(k)),
    set: async (k, v) => void map.set(k, copy(v)),
    del: async (k) => void map.delete(k),
    entries: async () => [...map].map(([k, v]) => [k, copy(v)]),
    clear: async () => map.clear(),
  };
}

export type StorageProblemCode = 'unavailable' | 'full';

const PROBLEM_MESSAGES: Record<StorageProblemCode, string> = {
  unavailable:
    'Ce navigateur n’autorise pas l’enregistrement (navigation privée ou réglage du poste). Le bilan continue, mais il ne sera pas gardé : imprimez ou téléchargez la fiche avant de fermer la page.',
  full: 'La mémoire de cet appareil est pleine : ce bilan n’a pas été enregistré. Supprimez d’anciens bilans de la liste, puis enregistrez à nouveau. Le bilan continue en attendant.',
};

/** Saving failed: `message` is what to show the mediator, in French. */
export class StorageProblem extends Error {
  constructor(
    readonly code: StorageProblemCode,
    options?: { cause?: unknown },
  ) {
    super(PROBLEM_MESSAGES[code], options);
    this.name = 'StorageProblem';
  }
}

function asProblem(e: unknown): StorageProblem {
  if (e instanceof StorageProblem) return e;
  const name = (e as { name?: string } | null)?.name;
  return new StorageProblem(name === 'QuotaExceededError' ? 'full' : 'unavailable', { cause: e });
}

/** One bilan as the list shows it and the questionnaire resumes it. `S` is the session state. */
export interface BilanRecord<S = unknown> {
  id: string;
  /** What the mediator typed: initials or a number, never required to be a name. */
  label: string;
  createdAt: string;
  updatedAt: string;
  /** Themes whose questions were gone through. */
  themesDone: string[];
  /** Rights to open (checklist "à ouvrir" or "orienté vers"). */
  toOpen: string[];
  followUp: Record<string, FollowUp>;
  state: S;
}

export type BilanSummary = Omit<BilanRecord, 'state' | 'followUp'>;

export interface BilanStoreOptions {
  retentionDays?: number;
  now?: () => Date;
}

const DAY_MS = 86_400_000;

export function newId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  // randomUUID needs a secure context; a host on plain http still gets random ids.
  return [...c.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Trims and shortens what the mediator typed; an empty label gets a dated default. */
export function cleanLabel(label: string, date: Date): string {
  const t = label.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL_LENGTH);
  return t || `Bilan du ${date.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' })}`;
}

function isRecord(v: unknown): v is BilanRecord {
  const r = v as BilanRecord | null;
  return (
    !!r &&
    typeof r.id === 'string' &&
    typeof r.label === 'string' &&
    typeof r.createdAt === 'string' &&
    typeof r.updatedAt === 'string' &&
    !Number.isNaN(Date.parse(r.updatedAt))
  );
}

function normalise<S>(r: BilanRecord): BilanRecord<S> {
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
  return {
    ...r,
    themesDone: strings(r.themesDone),
    toOpen: strings(r.toOpen),
    followUp: Object.fromEntries(Object.entries(r.followUp ?? {}).map(([id, f]) => [id, cleanFollowUp(f)])),
    state: r.state as S,
  };
}

export class BilanStore<S = unknown> {
  readonly retentionDays: number;
  private readonly now: () => Date;

  constructor(
    private readonly backend: KeyValueBackend = indexedDbBackend(),
    options: BilanStoreOptions = {},
  ) {
    const days = options.retentionDays;
    this.retentionDays =
      typeof days === 'number' && Number.isFinite(days) && days > 0 ? days : DEFAULT_RETENTION_DAYS;
    this.now = options.now ?? (() => new Date());
  }

  private expired(r: BilanRecord): boolean {
    return this.now().getTime() - Date.parse(r.updatedAt) > this.retentionDays * DAY_MS;
  }

  private async all(): Promise<BilanRecord<S>[]> {
    const out: BilanRecord<S>[] = [];
    for (const [key, value] of await this.backend.entries()) {
      // Past the retention period, or unreadable: delete now rather than keep what nobody can use.
      if (!isRecord(value) || this.expired(value)) await this.backend.del(String(key));
      else out.push(normalise<S>(value));
    }
    return out;
  }

  /** Deletes what is past the retention period; returns how many. */
  async purgeExpired(): Promise<number> {
    try {
      const before = (await this.backend.entries()).length;
      return before - (await this.all()).length;
    } catch (e) {
      throw asProblem(e);
    }
  }

  /** Every bilan kept (expired ones are deleted first), latest change first. */
  async list(): Promise<BilanSummary[]> {
    try {
      return (await this.all())
        .map(({ state: _s, followUp: _f, ...summary }) => summary)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    } catch (e) {
      throw asProblem(e);
    }
  }

  async get(id: string): Promise<BilanRecord<S> | undefined> {
    try {
      const r = await this.backend.get(id);
      if (!isRecord(r)) return undefined;
      if (this.expired(r)) {
        await this.backend.del(id);
        return undefined;
      }
      return normalise<S>(r);
    } catch (e) {
      throw asProblem(e);
    }
  }

  /** A new bilan with the label typed; nothing else about the person. */
  async create(label: string, state: S): Promise<BilanRecord<S>> {
    const at = this.now();
    const record: BilanRecord<S> = {
      id: newId(),
      label: cleanLabel(label, at),
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
      themesDone: [],
      toOpen: [],
      followUp: {},
      state,
    };
    return this.put(record, true);
  }

  /** Saves a changed bilan (its `updatedAt` becomes now, which restarts its retention period). */
  async save(record: BilanRecord<S>): Promise<BilanRecord<S>> {
    return this.put({ ...record, label: cleanLabel(record.label, new Date(record.createdAt)) }, false);
  }

  private async put(record: BilanRecord<S>, isNew: boolean): Promise<BilanRecord<S>> {
    try {
      if (isNew && (await this.backend.entries()).length >= MAX_BILANS) throw new StorageProblem('full');
      const saved = { ...record, updatedAt: this.now().toISOString() };
      await this.backend.set(saved.id, saved);
      return saved;
    } catch (e) {
      throw asProblem(e);
    }
  }

  /** A copy under a new id (the same household seen again, or a model for a similar situation). */
  async duplicate(id: string, label?: string): Promise<BilanRecord<S> | undefined> {
    const r = await this.get(id);
    if (!r) return undefined;
    const at = this.now();
    return this.put(
      {
        ...structuredClone(r),
        id: newId(),
        label: cleanLabel(label ?? `${r.label} (copie)`, at),
        createdAt: at.toISOString(),
      },
      true,
    );
  }

  async remove(id: string): Promise<void> {
    try {
      await this.backend.del(id);
    } catch (e) {
      throw asProblem(e);
    }
  }

  async removeAll(): Promise<void> {
    try {
      await this.backend.clear();
    } catch (e) {
      throw asProblem(e);
    }
  }
}
