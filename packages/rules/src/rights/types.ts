import type { Amount, PartnerType, Procedure, Reason, Status } from '../result.js';
import type { Theme } from '../situation.js';
import type { Ctx } from '../context.js';

export const RIGHT_IDS = [
  'rsa',
  'ppa',
  'css',
  'aide_logement',
  'af',
  'cf',
  'ars',
  'paje_base',
  'asf',
  'aah',
  'aspa',
  'ass',
  'cheque_energie',
  'bourse_college',
  'bourse_lycee',
  'ame',
  'puma',
  'aeeh',
  'pch',
  'apa',
  'cmi',
  'fsl',
  'logement_social',
  'cej',
  'inscription_france_travail',
  'mission_locale',
  'pass_sport',
  'tarif_social_transport',
  'aide_juridictionnelle',
  'mediation_numerique',
  // Added with issue 15 (rights/naissance.ts, rights/solidarite.ts, rights/acces.ts).
  'prime_naissance',
  'cmg',
  'prepare',
  'conge_naissance',
  'ajpp',
  'aripa',
  'tarif_social_cantine',
  'bourse_crous',
  'prime_noel',
  'asi',
  'mva',
  'allocation_veuvage',
  'pension_reversion',
  'demande_retraite',
  'aide_menagere',
  'complementaire_sante_senior',
  'point_conseil_budget',
  'garantie_visale',
  'avance_loca_pass',
  'domiciliation',
  'dalo',
  'are',
  'rqth',
  'cir',
  'aide_permis_apprenti',
] as const;
export type RightId = (typeof RIGHT_IDS)[number];

/** French sentences for a condition; `{name}` placeholders are filled from the evaluation. */
export interface ConditionText {
  met: string;
  notMet: string;
  /** Said when an answer is missing. */
  unknown?: string;
}

/** monthly | yearly | once: money received; participation: money paid (CSS); none: a right or step. */
export type AmountKind = 'monthly' | 'yearly' | 'once' | 'participation' | 'none';

export interface RightInfo {
  id: RightId;
  theme: Theme;
  label: string;
  amountKind: AmountKind;
  contacts: readonly PartnerType[];
  sources: readonly string[];
  conditions: Readonly<Record<string, ConditionText>>;
  /**
   * The rights whose results this right reads (ctx.results), or 'all' for a right that looks at every
   * other result. The catalogue is evaluated in an order derived from these declarations; a right that
   * reads one it did not declare throws.
   */
  reads?: readonly RightId[] | 'all';
}

/** What a person needs to act on a right (./details.ts, in the '@passerelle/rules/catalogue' entry). */
export interface RightDetails {
  /** One sentence, plain French. */
  description: string;
  /** The official procedure: link, steps, papers to prepare. */
  procedure: Procedure;
  /** How the money arrives: the results screen keeps yearly and one-off amounts out of a monthly total. */
  payment: RightPayment;
}

/**
 * monthly: every month; yearly: once a year, in `month` (1-12) when the law fixes it; once: a single
 * payment (birth); none: no money (a service, a card, a step, a loan or a guarantee).
 */
export interface RightPayment {
  frequency: 'monthly' | 'yearly' | 'once' | 'none';
  month?: number;
  /** Plain French, e.g. "Versée mi-décembre, sans démarche." (in listCatalogue; PAYMENT_NOTES otherwise). */
  note?: string;
}

/** A duty that comes with a right, in plain French, with its legal source. */
export interface RightDuty {
  text: string;
  source: string;
}

export interface Outcome {
  status?: Status;
  amount?: Amount | null;
  variant?: string;
  /** Replaces the label for this month (e.g. "CMU complémentaire" before 2019-11). */
  label?: string;
}

export interface RightDefinition extends RightInfo {
  evaluate(ctx: Ctx, t: Trace): Outcome;
}

type Vars = Record<string, string | number>;

/** A sentence without placeholders, or its parts; the first letter is capitalised when compiled. */
type Template = string | readonly (string | { key: string })[];
const templates = new Map<string, Template>();

const capitalise = (s: string): string => {
  const first = s.charCodeAt(0);
  return first >= 97 && first <= 122 ? s.charAt(0).toUpperCase() + s.slice(1) : s;
};

/** Splits "a {x} b" once into parts, so that filling a sentence needs no regular expression. */
function compile(s: string): Template {
  let t = templates.get(s);
  if (t !== undefined) return t;
  const parts: (string | { key: string })[] = [];
  let last = 0;
  for (const m of s.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) parts.push(s.slice(last, m.index));
    parts.push({ key: m[1] as string });
    last = m.index + m[0].length;
  }
  if (last < s.length) parts.push(s.slice(last));
  if (typeof parts[0] === 'string') parts[0] = capitalise(parts[0]);
  t = parts.length === 0 ? '' : parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : parts;
  templates.set(s, t);
  return t;
}

/** Condition sentences compiled once per right (see evaluate.ts). */
export interface CompiledCondition {
  met: Template;
  notMet: Template;
  unknown: Template;
}

export function compileConditions(
  conditions: Readonly<Record<string, ConditionText>>,
): Record<string, CompiledCondition> {
  const out: Record<string, CompiledCondition> = {};
  for (const [code, c] of Object.entries(conditions))
    out[code] = { met: compile(c.met), notMet: compile(c.notMet), unknown: compile(c.unknown ?? c.notMet) };
  return out;
}

const fill = (template: Template, vars?: Vars): string => {
  if (typeof template === 'string') return template;
  let out = '';
  for (const part of template) {
    if (typeof part === 'string') out += part;
    else out += vars && part.key in vars ? String(vars[part.key]) : `{${part.key}}`;
  }
  // Only a sentence that starts with a placeholder still needs its first letter checked.
  return typeof template[0] === 'string' ? out : capitalise(out);
};

/** Collects the reasons and missing answers of one right. */
export class Trace {
  readonly reasons: Reason[] = [];
  readonly missing: string[] = [];
  failed = false;
  unsure = false;
  constructor(private readonly conditions: Readonly<Record<string, CompiledCondition>>) {}

  private text(code: string, which: 'met' | 'notMet' | 'unknown', vars?: Vars): string {
    const c = this.conditions[code];
    if (!c) throw new Error(`no text for condition "${code}"`);
    return fill(c[which], vars);
  }
  /** Records a condition; returns `met`. */
  check(code: string, met: boolean, vars?: Vars): boolean {
    this.reasons.push({ code, met, text: this.text(code, met ? 'met' : 'notMet', vars) });
    if (!met) this.failed = true;
    return met;
  }
  /** A condition that could not be checked for lack of answers. */
  unknown(code: string, paths: readonly string[], vars?: Vars): void {
    this.reasons.push({ code, met: false, unknown: true, text: this.text(code, 'unknown', vars) });
    this.unsure = true;
    this.need(paths);
  }
  /** Informative reason (met = true), e.g. an approximation or how the amount was computed. */
  note(code: string, vars?: Vars): void {
    this.reasons.push({ code, met: true, text: this.text(code, 'met', vars) });
  }
  need(paths: readonly string[]): void {
    for (const p of paths) if (!this.missing.includes(p)) this.missing.push(p);
  }
}
