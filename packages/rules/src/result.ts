// The result of an evaluation: the public contract (shared/design/rules-contract.md) as zod schemas.
import * as z from 'zod/mini';
import { PARTNER_TYPES, STATUSES, THEMES } from './vocabulary.js';

export { PARTNER_TYPES, STATUSES, type PartnerType, type Status } from './vocabulary.js';

export const amountSchema = z.object({
  value: z.number(),
  /** month | year; "once" only for one-off local aids. */
  per: z.enum(['month', 'year', 'once']),
  /** estimate: computed from answers, may differ from the official computation; flat: a fixed amount. */
  kind: z.enum(['estimate', 'flat']),
  /** True when the amount is what the person pays (CSS participation), not what they receive. */
  isCost: z.optional(z.boolean()),
  /** The amount is a maximum ("jusqu'à"), as some local aids declare it. */
  upTo: z.optional(z.boolean()),
});
export type Amount = z.infer<typeof amountSchema>;

export const reasonSchema = z.object({
  code: z.string(),
  met: z.boolean(),
  text: z.string(),
  /** The condition could not be checked: an answer is missing (see `missing`). */
  unknown: z.optional(z.boolean()),
});
export type Reason = z.infer<typeof reasonSchema>;

export const procedureSchema = z.object({
  url: z.string(),
  steps: z.array(z.string()),
  papers: z.array(z.string()),
});
export type Procedure = z.infer<typeof procedureSchema>;

export const rightResultSchema = z.object({
  id: z.string(),
  theme: z.enum(THEMES),
  label: z.string(),
  status: z.enum(STATUSES),
  /** Sub-kind, e.g. CSS "gratuite" | "participative" (before 2019-11: "cmu_c" | "acs"). */
  variant: z.optional(z.string()),
  amount: z.nullable(amountSchema),
  reasons: z.array(reasonSchema),
  missing: z.array(z.string()),
  /** Partner types to contact (vocabulary.ts, shared with @passerelle/partners). */
  contacts: z.array(z.enum(PARTNER_TYPES)),
  sources: z.array(z.string()),
  /** Set on local aids (national rights: see '@passerelle/rules/catalogue'). */
  procedure: z.optional(procedureSchema),
  /** Set on local aids: the source that declared it. */
  local: z.optional(z.boolean()),
});
export type RightResult = z.infer<typeof rightResultSchema>;

export const resultSchema = z.object({
  month: z.string(),
  rulesVersion: z.string(),
  rights: z.array(rightResultSchema),
  /** Notes on the whole evaluation (e.g. an unknown right id in `receiving`). */
  warnings: z.optional(z.array(z.string())),
});
export type EvaluationResult = z.infer<typeof resultSchema>;
