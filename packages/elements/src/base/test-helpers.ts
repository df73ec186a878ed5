// Waits shared by stories and browser tests (never in `dist`).

/**
 * Resolves once `check` is true, looking again every 20 ms. The bound only catches a hang: a loaded 2-core
 * machine can take seconds to import a lazy part, and a short bound would let the next assertion fail.
 */
export async function until(check: () => unknown, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
