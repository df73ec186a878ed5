// The behaviour contracts run on every block family and widget that claims them.
import '../define/passerelle-questionnaire.js';
import { render } from 'lit';
import { type BlocksDemo, demo, fullForm } from '../blocks/demo-host.stories.js';
import { EXAMPLES } from '../blocks/examples.stories.js';
import type { PasserelleQuestionnaire } from '../questionnaire/questionnaire.js';
import { choiceGroupContract, type Mount, stepNavigationContract, textFieldContract } from './contracts.js';

const block =
  (tpl: () => ReturnType<typeof demo>): Mount =>
  async () => {
    const container = document.createElement('div');
    container.lang = 'fr';
    document.body.append(container);
    render(tpl(), container);
    const host = container.querySelector('passerelle-blocks-demo') as BlocksDemo;
    await host.updateComplete;
    return {
      root: host.shadowRoot as ShadowRoot,
      cleanup: () => {
        render(null, container);
        container.remove();
      },
    };
  };

const questionnaire =
  (attrs: Record<string, string> = {}): Mount =>
  async () => {
    const el = document.createElement('passerelle-questionnaire') as PasserelleQuestionnaire;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.lang = 'fr';
    document.body.append(el);
    await el.updateComplete;
    return { root: el.shadowRoot as ShadowRoot, cleanup: () => el.remove() };
  };

/** The questionnaire after "Commencer": its first question. */
const questionnaireStarted: Mount = async () => {
  const m = await questionnaire()();
  const start = [...m.root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Commencer');
  start?.click();
  const el = (m.root as ShadowRoot).host as PasserelleQuestionnaire;
  // The first question needs the engine, which may still be arriving after the start screen.
  await el.engineReady;
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
  return m;
};

choiceGroupContract(
  'blocks, choices',
  block(() => demo(EXAMPLES.choix('filled'))),
);
choiceGroupContract(
  'blocks, full form',
  block(() => demo(fullForm)),
);
choiceGroupContract('questionnaire, start screen (themes)', questionnaire());

textFieldContract(
  'blocks, fields',
  block(() => demo(EXAMPLES.champs('filled'))),
);
textFieldContract(
  'blocks, address example',
  block(() => demo(EXAMPLES.structure('filled'))),
);
textFieldContract('questionnaire, first question', questionnaireStarted);

stepNavigationContract(
  'blocks, full form',
  block(() => demo(fullForm)),
);
stepNavigationContract('questionnaire, questions', questionnaireStarted, async (m) => {
  const el = (m.root as ShadowRoot).host as PasserelleQuestionnaire;
  const field = m.root.querySelector<HTMLInputElement>('input');
  if (field) {
    field.value = field.type === 'radio' ? field.value : '1';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  [...m.root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Continuer')?.click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
});
