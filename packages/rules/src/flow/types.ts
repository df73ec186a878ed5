// The questionnaire flow as data: the widget renders these records, it holds no rule.
import type { Theme } from '../situation.js';

/** "Je ne sais pas": the answer is kept, the situation field stays absent, rights say `missing`. */
export const DONT_KNOW = 'dont_know' as const;

/** One stored answer: text/date/commune/choice as string, money/number as number, multichoice as string[]. */
export type FlowAnswer = string | number | boolean | string[];

/** Answers so far, keyed by question instance id (`child.birthDate[1]` for the second child). */
export type FlowAnswers = Record<string, FlowAnswer>;

/** Where a question sits: `profil` is always asked, the six themes can be chosen. */
export type FlowGroup = 'profil' | Theme;

export type FlowInputKind = 'choice' | 'multichoice' | 'yesno' | 'money' | 'number' | 'date' | 'commune';

/** Declarative condition on the answers so far (never code). `question` names a question id. */
export type FlowCondition =
  | { all: FlowCondition[] }
  | { any: FlowCondition[] }
  | { not: FlowCondition }
  | { question: string; equals: string | number | boolean }
  | { question: string; in: readonly string[] }
  | { question: string; atLeast?: number; atMost?: number }
  | { question: string; ageAtLeast?: number; ageAtMost?: number }
  | { question: string; answered: boolean };

export interface FlowOption {
  /** Value stored in the answers. */
  value: string;
  /** Plain French label. */
  label: string;
  /** Optional hint shown under the option. */
  hint?: string;
  /** Value written into the situation when it differs from `value`. */
  situationValue?: string | number | boolean;
  /** Show the option only when this holds (e.g. family benefits only with children). */
  condition?: FlowCondition;
}

export interface FlowValidation {
  required?: boolean;
  min?: number;
  max?: number;
  integer?: boolean;
  /** For dates: age in years at the evaluated month must lie in this range. */
  minAge?: number;
  maxAge?: number;
}

export interface FlowQuestion {
  /** Stable id; repeated questions get `[index]` appended per instance. */
  id: string;
  group: FlowGroup;
  kind: FlowInputKind;
  /** Plain French label; `{n}` is replaced by the child's number in repeated questions. */
  label: string;
  /** Help text for words a person may not know. */
  help?: string;
  options?: readonly FlowOption[];
  /** Offer "je ne sais pas" (the rules accept an absent field). */
  dontKnow?: boolean;
  validation?: FlowValidation;
  /** Show only when this holds on the answers so far. */
  condition?: FlowCondition;
  /**
   * Situation path it fills. Members are addressed by role: `household.members[applicant]`,
   * `household.members[partner]`, `household.members[child:{i}]` (repeated group, `{i}` = index).
   * Special paths: `household.members[child]` (number of children), `receiving`.
   */
  path: string;
  /** Repeated once per child (count given by the `children.count` answer). */
  repeat?: 'child';
  /** Rights this answer matters for (catalogue ids). */
  rights: readonly string[];
  /**
   * Always asked in public mode when its group is chosen (structure of the household and main
   * incomes); other questions are asked only when an undecided right still needs them.
   */
  core?: boolean;
  /** Value the situation gets when the question is hidden by its condition (e.g. no salary when retired). */
  whenHidden?: number | boolean;
  /** Autocomplete token for personal fields. */
  autocomplete?: string;
}

/** A question ready to show: repeated questions are expanded, `{n}` is filled in. */
export interface FlowQuestionInstance extends FlowQuestion {
  /** Instance id, the key of its answer. */
  key: string;
  /** Index within the repeated group, if any. */
  index?: number;
  /** Path with `{i}` filled in. */
  resolvedPath: string;
  /** Options whose condition holds. */
  visibleOptions?: FlowOption[];
}

export type FlowMode = 'public' | 'accompagnement';

/** What the flow needs from the evaluator: statuses and `missing` paths per right. */
export interface FlowRightStatus {
  id: string;
  theme: string;
  status: string;
  missing?: readonly string[];
}
export type FlowEvaluator = (situation: import('../situation.js').Situation) => {
  rights: readonly FlowRightStatus[];
};

export interface FlowOptions {
  mode?: FlowMode;
  /** Themes chosen on the start screen; all by default. */
  themes?: readonly Theme[];
  /** Month evaluated (YYYY-MM), used for ages; current month by default. */
  month?: string;
  /**
   * Evaluator used in public mode to skip questions no undecided right needs. Without it every
   * visible question of the chosen themes is asked.
   */
  evaluate?: FlowEvaluator;
}
