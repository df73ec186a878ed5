// Accompagnement mode from the questionnaire's side. The mediator's module (../mediator/mediation.ts: the
// bilans kept on the device, the follow-up, the interview and checklist screens, their styles) is imported
// on first use in accompagnement mode only, so public pages never download it.
import type { FlowSession } from '@passerelle/rules/flow';
import { nothing, type TemplateResult } from 'lit';
import type { Mediation } from '../mediator/mediation.js';
import type { QuestionnaireController } from './session-controller.js';

/** The interview and the checklist (../mediator/screens.ts), loaded with the workspace. */
export type MediatorScreens = typeof import('../mediator/screens.js');

export class MediationSlot {
  /** The mediator's side, once loaded. */
  impl: Mediation | undefined;
  private loading: Promise<void> | undefined;

  constructor(private readonly c: QuestionnaireController) {}

  /** Loads the mediator's module (once). Resolves when its list and screens can be shown. */
  load(): Promise<void> {
    this.loading ??= import('../mediator/mediation.js').then(({ Mediation }) => {
      this.impl = new Mediation(this.c);
      this.c.host.requestUpdate();
    });
    return this.loading;
  }

  get workspace() {
    return this.impl?.workspace;
  }

  get screens(): MediatorScreens | undefined {
    return this.impl?.screens;
  }

  create(session: FlowSession): Promise<void> {
    return this.impl?.create(session) ?? Promise.resolve();
  }

  persist(): Promise<boolean> {
    return this.impl?.persist() ?? Promise.resolve(false);
  }

  renderStart(): TemplateResult | typeof nothing {
    return this.impl?.renderStart() ?? nothing;
  }
}
