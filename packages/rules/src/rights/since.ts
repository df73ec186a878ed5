// Parameters of the rights added with issue 15 start later than the 2018 history (e.g. the AJPP's
// daily amount is stored from 2025): before their first value a right says so instead of failing.
import type { Ctx } from '../context.js';
import { ParameterHistoryError, type ParameterId } from '../parameters/index.js';

/** The parameter on the evaluated month, or undefined when no value is stored for that month. */
export function pSince(ctx: Ctx, id: ParameterId): number | undefined {
  try {
    return ctx.p(id);
  } catch (e) {
    if (e instanceof ParameterHistoryError) return undefined;
    throw e;
  }
}
