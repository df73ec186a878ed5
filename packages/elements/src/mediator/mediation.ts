// Accompagnement mode's storage and workspace: the mediator's bilans (IndexedDB, never the public
// mode's localStorage entry), the follow-up of each right and the anonymous count. Imported on first use
// in accompagnement mode only (../questionnaire/mediation.ts), so public pages never download it.
import type { FlowSession, SessionState } from '@passerelle/rules/flow';
import { adoptStyles, html, type ReactiveElement, type TemplateResult } from 'lit';
import { themeLabel } from '../questionnaire/labels.js';
import type { Engine, QuestionnaireController } from '../questionnaire/session-controller.js';
import type { ChecklistEntry } from '../questionnaire/storage.js';
import type { ChecklistState } from './model.js';
import * as screens from './screens.js';
import type { BilanRecord } from './store.js';
import { mediatorStyles } from './styles.js';
import { MediatorWorkspace } from './workspace.js';

/** What a mediator's bilan keeps: the session's own state and the checklist. */
export interface MediationState extends SessionState {
  checklist: Record<string, ChecklistEntry>;
}

export class Mediation {
  readonly workspace: MediatorWorkspace;
  /** The interview and the checklist. */
  readonly screens = screens;
  /** Folded rights of the compact checklist shown. */
  othersOpen = false;

  constructor(private readonly c: QuestionnaireController) {
    const host = this.c.host;
    // The element's own styles and the mediator's, adopted the way Lit adopts them (CSP nonce included).
    const own = (host.constructor as typeof ReactiveElement).elementStyles;
    adoptStyles(host.renderRoot as ShadowRoot, [...own, mediatorStyles]);
    const labels = new Map<string, string>();
    this.workspace = new MediatorWorkspace(host, {
      retentionDays: () => host.retentionDays,
      orientation: () =>
        host.partnersSrc && host.commune
          ? {
              partnersSrc: host.partnersSrc,
              commune: host.commune,
              ...(host.communesSrc ? { communesSrc: host.communesSrc } : {}),
            }
          : undefined,
      rightLabel: (id) => {
        for (const r of this.c.rights) labels.set(r.id, r.label);
        return labels.get(id) ?? id;
      },
      themeLabel: (t) => themeLabel(this.c, t as Parameters<typeof themeLabel>[1]),
      onOpen: (record) => this.open(record),
      onChange: () => void this.persist(),
      announce: (message) => this.c.set({ statusMessage: message }),
    });
    void this.workspace.refresh();
  }

  /** The state handed to the store. */
  private state(session: FlowSession): MediationState {
    return { ...session.toJSON(), checklist: this.c.checklist };
  }

  /** A new bilan with the label typed on the start screen; unsaved (but started) when storage refuses. */
  async create(session: FlowSession): Promise<void> {
    await this.workspace.create(this.state(session));
  }

  /** A bilan chosen in the list (or just created): its session and checklist come back. */
  private open(record: BilanRecord): void {
    const saved = record.state as Partial<MediationState> | undefined;
    if (!saved?.answers) return;
    this.c.withEngine((en) => this.openWith(en, saved));
  }

  private openWith(en: Engine, saved: Partial<MediationState>): void {
    try {
      const session = en.restoreSession(
        { ...(saved as SessionState), mode: 'accompagnement' },
        this.c.sessionOptions(),
      );
      this.c.resumeMediation(session, saved.checklist ?? {});
    } catch (error) {
      console.warn('[passerelle-questionnaire] bilan illisible', error);
    }
  }

  /** Themes whose every visible question has an answer. */
  private themesDone(session: FlowSession): string[] {
    const open = new Set<string>();
    const seen = new Set<string>();
    for (const q of session.questions()) {
      if (q.group === 'profil') continue;
      seen.add(q.group);
      if (session.answers[q.key] === undefined) open.add(q.group);
    }
    return [...seen].filter((t) => !open.has(t));
  }

  /** The checklist state of every right shown, defaults included. */
  checklistStates(): Record<string, ChecklistState> {
    const out: Record<string, ChecklistState> = {};
    for (const r of this.c.liveRights())
      out[r.id] = this.c.checklist[r.id]?.state ?? screens.defaultState(r.status);
    return out;
  }

  /** Saves the bilan in progress; false when nothing could be kept (no bilan open or storage refused). */
  async persist(): Promise<boolean> {
    const w = this.workspace;
    const session = this.c.session;
    if (!session) return false;
    return w.save({
      state: this.state(session),
      themesDone: this.themesDone(session),
      checklist: this.checklistStates(),
    });
  }

  renderStart(): TemplateResult {
    const w = this.workspace;
    return html`${w.renderList(() => undefined, false)} ${w.renderActivity()} ${w.renderDialog()}`;
  }
}
