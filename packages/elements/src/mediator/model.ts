// What the mediator records about one right, beyond the checklist: why it was not claimed (the Odenore
// typology of non-recours) and what kind of help the person needs, with the partner they are sent to.

/** Checklist states of accompagnement mode (same values as the questionnaire's checklist). */
export const CHECKLIST_STATES = ['open', 'to_open', 'oriented', 'not_concerned'] as const;
export type ChecklistState = (typeof CHECKLIST_STATES)[number];

/** Odenore's five forms of non-recours, plus "autre" (with a note that never leaves the bilan). */
export const REASONS = [
  'non-connaissance',
  'non-orientation',
  'non-proposition',
  'non-reception',
  'non-demande',
  'autre',
] as const;
export type Reason = (typeof REASONS)[number];

/** Who should help: sending a person to the wrong helper is how digital procedures fail them. */
export const HELP_NEEDED = [
  'autonome',
  'mediateur-numerique',
  'accompagnement-social',
  'autre-organisme',
] as const;
export type HelpNeeded = (typeof HELP_NEEDED)[number];

/** A partner from the host's data, named in the orientation. */
export interface PartnerRef {
  id: string;
  name: string;
  /** Phone or address line shown on the fiche de liaison, from the host's data. */
  contact?: string;
}

export interface FollowUp {
  reason?: Reason;
  /** Only with reason "autre": the mediator's words, kept in the bilan, never counted. */
  reasonNote?: string;
  help?: HelpNeeded;
  partner?: PartnerRef;
}

export const isReason = (v: unknown): v is Reason => (REASONS as readonly unknown[]).includes(v);
export const isHelpNeeded = (v: unknown): v is HelpNeeded => (HELP_NEEDED as readonly unknown[]).includes(v);
export const isChecklistState = (v: unknown): v is ChecklistState =>
  (CHECKLIST_STATES as readonly unknown[]).includes(v);

/** Keeps only known values (a record read back from storage may come from another version). */
export function cleanFollowUp(raw: unknown): FollowUp {
  const r = (raw ?? {}) as Record<string, unknown>;
  const out: FollowUp = {};
  if (isReason(r.reason)) out.reason = r.reason;
  if (out.reason === 'autre' && typeof r.reasonNote === 'string' && r.reasonNote.trim())
    out.reasonNote = r.reasonNote.slice(0, 500);
  if (isHelpNeeded(r.help)) out.help = r.help;
  const p = r.partner as Record<string, unknown> | undefined;
  if (p && typeof p.id === 'string' && typeof p.name === 'string')
    out.partner = {
      id: p.id,
      name: p.name,
      ...(typeof p.contact === 'string' && p.contact ? { contact: p.contact } : {}),
    };
  return out;
}

/** Applies a change: the note goes with "autre", the partner with the kind of help it was chosen for. */
export function mergeFollowUp(prev: FollowUp, patch: Partial<FollowUp>): FollowUp {
  const next: FollowUp = { ...prev, ...patch };
  if (next.reason !== 'autre') delete next.reasonNote;
  if ('help' in patch && patch.help !== prev.help) delete next.partner;
  for (const k of ['reason', 'help', 'partner'] as const) if (k in patch && !patch[k]) delete next[k];
  return next;
}
