// Shapes of the translations of the rules' texts. French stays in the rules themselves (the source); other
// locales are tables keyed by stable ids (question id, option value, right id, condition code), fetched on
// demand so that French pages never download them.

/** Languages the rules' texts are translated into (French is the source). */
export const TRANSLATED_LOCALES = ['en', 'ar', 'pt', 'tr', 'uk'] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/**
 * Who has checked a table. Every table starts `awaiting-review`: written by the team in plain words, to be
 * read by a native speaker who knows social services. Never shown to the public.
 */
export type ReviewStatus = 'awaiting-review' | 'reviewed';

/** Plural forms chosen with `Intl.PluralRules` of the locale; `other` is mandatory. */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface QuestionText {
  /** `{n}`: the child's number in repeated questions. */
  label: string;
  help?: string;
  /** By option value. */
  options?: Record<string, { label: string; hint?: string }>;
}

/** Validation messages by key (see FR_VALIDATION in ./match.ts for the French they stand for). */
export type ValidationKey =
  | 'missingMoney'
  | 'missingMoneyDk'
  | 'missingNumber'
  | 'missingNumberDk'
  | 'missingDate'
  | 'missingDateDk'
  | 'missingCommune'
  | 'missingYesNo'
  | 'missingYesNoDk'
  | 'missingChoice'
  | 'missingChoiceDk'
  | 'notOffered'
  | 'dontKnowRefused'
  | 'moneyFormat'
  | 'moneyRange'
  | 'integerFormat'
  | 'integerRange'
  | 'dateInvalid'
  | 'dateFuture'
  | 'dateTooYoung'
  | 'dateTooOld'
  | 'dateParts'
  | 'datePartsDk'
  | 'communeCode';

/** The questionnaire flow: questions, options, hints, validation messages. */
export interface QuestionsTable {
  review: ReviewStatus;
  questions: Record<string, QuestionText>;
  validation: Record<ValidationKey, string>;
}

/** Sentences of one condition; a missing one means the French sentence is empty for that case too. */
export interface ReasonText {
  met?: string;
  notMet?: string;
  unknown?: string;
}

/**
 * Reasons: per right id (and `common` for the sentences rights share), per condition code. `words` translates
 * the French fragments that fill placeholders ("vous", "2 enfants", "plein"…); a key may itself hold a
 * `{x}` placeholder ("l’enfant « {x} »").
 */
export interface ReasonsTable {
  review: ReviewStatus;
  reasons: Record<string, Record<string, ReasonText>>;
  words: Record<string, string | PluralText>;
}

/** What a person needs to act on a right: its name, one sentence, steps and papers (same order as French). */
export interface RightText {
  label: string;
  description: string;
  steps: string[];
  papers: string[];
}

export interface DetailsTable {
  review: ReviewStatus;
  /** Names of the bodies to contact, by partner type id (`caf`, `mairie`…). */
  contacts: Record<string, string>;
  rights: Record<string, RightText>;
}

export interface RulesTranslation {
  locale: TranslatedLocale;
  questions: QuestionsTable;
  reasons: ReasonsTable;
  details: DetailsTable;
  lifeEvents: LifeEventsTable;
}

/** The life events of the start screen (flow/life-events.ts), by event id. */
export interface LifeEventsTable {
  review: ReviewStatus;
  events: Record<string, { label: string; hint: string }>;
}
