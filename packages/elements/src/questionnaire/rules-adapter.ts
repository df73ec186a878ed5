// Everything the widget asks of @passerelle/rules, in one place: evaluate the national rights, add the
// local aids, look up the catalogue. No rule lives here.
// The flow builds situations from parsed answers (the rules' tests check that they always pass the
// schema), so the widget evaluates them without zod: validation stays out of its bundle.
import { evaluateValid, type Situation, type Theme } from '@passerelle/rules';
import { getRightDetails } from '@passerelle/rules/catalogue';
import type { FlowEvaluator } from '@passerelle/rules/flow';
import type { LocalAidResult, localAidsEvaluator } from '@passerelle/rules/local-aids';

/** Local aids of the host's file, bound by the lazily loaded '@passerelle/rules/local-aids'. */
export type LocalEvaluator = ReturnType<typeof localAidsEvaluator>;

/** A right as the widget shows it: the contract's result plus optional catalogue and local fields. */
export interface ShownRight {
  id: string;
  theme: Theme;
  label: string;
  status: 'eligible' | 'possible' | 'not_eligible' | 'already_received';
  variant?: string;
  amount: {
    value: number;
    per: 'month' | 'year' | 'once';
    kind: 'estimate' | 'flat';
    isCost?: boolean;
    upTo?: boolean;
  } | null;
  reasons: Array<{ code: string; met: boolean; text: string; unknown?: boolean }>;
  missing: string[];
  contacts: string[];
  sources: string[];
  description?: string;
  procedure?: { url: string; steps: string[]; papers: string[] };
  local?: boolean;
  publisher?: string;
  contact?: LocalAidResult['contact'];
}

/** The evaluator for the flow, so public mode skips questions no undecided right needs. */
export const flowEvaluator: FlowEvaluator = (situation) =>
  evaluateValid(situation, situation.month ? { month: situation.month } : {});

export interface Evaluation {
  rights: ShownRight[];
  /** Set when the national evaluation failed; local aids may still be there. */
  error?: string;
}

/** National rights then local aids, for one situation and month. Never throws. */
export function evaluateAll(situation: Situation, month: string, localAids?: LocalEvaluator): Evaluation {
  let national: ShownRight[] = [];
  let error: string | undefined;
  try {
    national = evaluateValid(situation, { month }).rights.map((r) => {
      const details = getRightDetails(r.id);
      const procedure = r.procedure ?? details?.procedure;
      return {
        ...r,
        ...(details?.description ? { description: details.description } : {}),
        ...(procedure
          ? { procedure: { url: procedure.url, steps: [...procedure.steps], papers: [...procedure.papers] } }
          : {}),
      };
    });
  } catch (e) {
    error = (e as Error).message;
    console.error('[passerelle-questionnaire] evaluation failed', e);
  }
  let local: ShownRight[] = [];
  try {
    if (localAids) local = localAids(situation, month, national) as ShownRight[];
  } catch (e) {
    console.error('[passerelle-questionnaire] local aids evaluation failed', e);
  }
  return { rights: [...national, ...local], ...(error ? { error } : {}) };
}

/** Rights eligible or possible and not received: the potential non-recours, with the monthly total. */
export function unclaimed(rights: readonly ShownRight[]): { rights: ShownRight[]; monthlyTotal: number } {
  const list = rights.filter((r) => r.status === 'eligible' || r.status === 'possible');
  const monthlyTotal = list.reduce((sum, r) => {
    const a = r.amount;
    if (!a || a.isCost) return sum;
    if (a.per === 'month') return sum + a.value;
    if (a.per === 'year') return sum + a.value / 12;
    return sum;
  }, 0);
  return { rights: list, monthlyTotal: Math.round(monthlyTotal) };
}
