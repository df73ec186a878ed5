// The anonymous activity count a CCAS may report ("territoire zéro non-recours"): numbers of rights by
// checklist state, reason and help needed, per ISO week, on this device only. By construction a row
// holds only codes from fixed lists, a right id from the catalogue or the host's local aids, an ISO week
// and a count: nothing typed about a person can enter it. Each bilan remembers what it added, so saving
// it again replaces its share instead of counting it twice; deleting a bilan keeps the activity.
import {
  type ChecklistState,
  type FollowUp,
  type HelpNeeded,
  isChecklistState,
  isHelpNeeded,
  isReason,
  type Reason,
} from './model.js';
import { indexedDbBackend, type KeyValueBackend } from './store.js';

export const ACTIVITY_DB = 'passerelle-mediateur-activite';
const COUNTS_KEY = 'counts';
const SHARES_KEY = 'shares';

export interface ActivityRow {
  /** ISO 8601 week, e.g. 2026-W49. */
  week: string;
  right: string;
  state: ChecklistState;
  reason: Reason | '';
  help: HelpNeeded | '';
  count: number;
}

export type Share = Omit<ActivityRow, 'count'>[];

/** ISO 8601 week of a date, in Europe/Paris (a Sunday 23:30 in Paris is still that week). */
export function isoWeek(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(date);
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const d = new Date(Date.UTC(n('year'), n('month') - 1, n('day')));
  const day = d.getUTCDay() || 7;
  // The Thursday of this week decides the year.
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The rows one bilan adds: one per right it marked open, to open or oriented. */
export function shareOf(
  week: string,
  checklist: Record<string, ChecklistState>,
  followUp: Record<string, FollowUp>,
): Share {
  return Object.entries(checklist)
    .filter(
      ([right, state]) =>
        isChecklistState(state) && state !== 'not_concerned' && /^[\w.:-]{1,80}$/.test(right),
    )
    .map(([right, state]): Share[number] => {
      const f = followUp[right] ?? {};
      return {
        week,
        right,
        state,
        reason: isReason(f.reason) ? f.reason : '',
        help: isHelpNeeded(f.help) ? f.help : '',
      };
    })
    .sort((a, b) => a.right.localeCompare(b.right));
}

const keyOf = (r: Omit<ActivityRow, 'count'>) => [r.week, r.right, r.state, r.reason, r.help].join('|');

export class ActivityCount {
  constructor(private readonly backend: KeyValueBackend = indexedDbBackend(ACTIVITY_DB, 'activite')) {}

  private async counts(): Promise<Record<string, number>> {
    const c = await this.backend.get(COUNTS_KEY);
    return c && typeof c === 'object' ? (c as Record<string, number>) : {};
  }

  /**
   * Records the share of one bilan, replacing what it added before. `bilanId` only links a bilan to its
   * share so a later save does not count twice; the share list is dropped with the bilan (`forget`).
   */
  async record(bilanId: string, share: Share): Promise<void> {
    const counts = await this.counts();
    const shares = ((await this.backend.get(SHARES_KEY)) ?? {}) as Record<string, Share>;
    for (const row of shares[bilanId] ?? []) {
      const k = keyOf(row);
      counts[k] = (counts[k] ?? 0) - 1;
      if (counts[k] <= 0) delete counts[k];
    }
    for (const row of share) counts[keyOf(row)] = (counts[keyOf(row)] ?? 0) + 1;
    shares[bilanId] = share;
    await this.backend.set(COUNTS_KEY, counts);
    await this.backend.set(SHARES_KEY, shares);
  }

  /** The bilan was deleted: its counts stay, the link to it goes. */
  async forget(bilanId: string): Promise<void> {
    const shares = ((await this.backend.get(SHARES_KEY)) ?? {}) as Record<string, Share>;
    if (!(bilanId in shares)) return;
    delete shares[bilanId];
    await this.backend.set(SHARES_KEY, shares);
  }

  async forgetAll(): Promise<void> {
    await this.backend.del(SHARES_KEY);
  }

  /** Everything the count holds, sorted by week, right, state, reason, help. */
  async rows(): Promise<ActivityRow[]> {
    const out: ActivityRow[] = [];
    for (const [k, count] of Object.entries(await this.counts())) {
      const [week = '', right = '', state, reason, help] = k.split('|');
      if (!isChecklistState(state) || typeof count !== 'number' || count <= 0) continue;
      out.push({
        week,
        right,
        state,
        reason: isReason(reason) ? reason : '',
        help: isHelpNeeded(help) ? help : '',
        count,
      });
    }
    return out.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  }

  /** Empties the count (the bilans stay). */
  async reset(): Promise<void> {
    await this.backend.clear();
  }
}

const CSV_HEADER = ['semaine', 'droit', 'etat', 'raison', 'aide', 'nombre'];

/** CSV for a spreadsheet: comma separated, one header line, codes as in the JSON export. */
export function activityCsv(rows: ActivityRow[]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[CSV_HEADER, ...rows.map((r) => [r.week, r.right, r.state, r.reason, r.help, r.count])]
    .map((line) => line.map(cell).join(','))
    .join('\r\n')}\r\n`;
}

export function activityJson(rows: ActivityRow[], exportedOn: string): string {
  return `${JSON.stringify({ format: 'passerelle-activite', version: 1, exportedOn, rows }, null, 2)}\n`;
}
