// Registers <passerelle-questionnaire>. Importing this file is the only side effect of the package for it.
import { defineElement } from '../base/index.js';
import { PasserelleQuestionnaire } from '../questionnaire/questionnaire.js';

defineElement('passerelle-questionnaire', PasserelleQuestionnaire);

declare global {
  interface HTMLElementTagNameMap {
    'passerelle-questionnaire': PasserelleQuestionnaire;
  }
}
