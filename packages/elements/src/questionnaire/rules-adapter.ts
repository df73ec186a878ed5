// Everything the widget asks of @passerelle/rules, in one place: evaluate the national rights, add the
// local aids, look up the catalogue. No rule lives here.
import {
  evaluate,
  evaluateLocalAids,
  type FlowEvaluator,
  getRight,
  type LocalAidResult,
  type LocalAidsFile,
  type Situation,
  type Theme,
} from '@passerelle/rules';

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
  evaluate(situation, situation.month ? { month: situation.month } : {});

export interface Evaluation {
  rights: ShownRight[];
  /** Set when the national evaluation failed; local aids may still be there. */
  error?: string;
}

/** National rights then local aids, for one situation and month. Never throws. */
export function evaluateAll(
  situation: Situation,
  month: string,
  localFiles: readonly LocalAidsFile[],
): Evaluation {
  let national: ShownRight[] = [];
  let error: string | undefined;
  try {
    national = evaluate(situation, { month }).rights.map((r) => {
      const info = getRight(r.id);
      const procedure = r.procedure ?? info?.procedure;
      return {
        ...r,
        label: r.label || info?.label || r.id,
        ...(info?.description ? { description: info.description } : {}),
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
    local = evaluateLocalAids(localFiles, situation, month, {
      national: national.map((r) => ({ id: r.id, status: r.status })),
    }) as ShownRight[];
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
