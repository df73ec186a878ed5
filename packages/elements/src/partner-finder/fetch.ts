// Every request of the finder has a deadline: a host that never answers, or answers and never finishes,
// must end in a message, not in silence.
import { fetchHostFile } from '../data/prefetch.js';

export type FetchJson = (url: string) => Promise<unknown>;

export type FailureReason = 'http' | 'json' | 'timeout' | 'network';

/** A failed load, with a reason the finder words in the person's language. */
export class LoadFailure extends Error {
  constructor(
    readonly reason: FailureReason,
    readonly status?: number,
  ) {
    super(reason === 'http' ? `HTTP ${status}` : reason);
    this.name = 'LoadFailure';
  }
}

/**
 * Same-origin GET of a JSON file, headers and body both within `ms`. Reuses the embed loader's early request
 * for the same file when there is one, so the data travels with the code (one wave).
 */
export async function fetchJsonWithin(url: string, ms: number): Promise<unknown> {
  const controller = new AbortController();
  return withDeadline(
    (async () => {
      let res: Response;
      try {
        res = await fetchHostFile(url, { credentials: 'same-origin', signal: controller.signal });
      } catch {
        throw new LoadFailure('network');
      }
      if (!res.ok) throw new LoadFailure('http', res.status);
      try {
        return await res.json();
      } catch {
        throw new LoadFailure('json');
      }
    })(),
    ms,
    () => controller.abort(),
  );
}

/** Rejects with a timeout LoadFailure when `work` has not settled after `ms` (then calls `onTimeout`). */
export function withDeadline<T>(work: Promise<T>, ms: number, onTimeout?: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new LoadFailure('timeout'));
    }, ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
