// "Mon bilan": the fiche de liaison, one document shown here, printed alone and downloaded alike, and the
// link and QR code that reopen it elsewhere. Its code (fiche, places, QR library) loads only on this screen
// or when the person downloads it (this file too: it is part of the hand-off, loaded on first use).
import { getRightDetails } from '@passerelle/rules/catalogue';
import { html, nothing, type TemplateResult } from 'lit';
import { button, textField } from '../base/index.js';
import { loadLocale } from '../i18n/messages.js';
import type { MediatorScreens } from '../questionnaire/mediation.js';
import type { ShownRight } from '../questionnaire/right-card.js';
import type { Engine, QuestionnaireController } from '../questionnaire/session-controller.js';
import type { FicheInput, HandoffRight } from './fiche-model.js';
import type { BilanPayload } from './payload.js';
import { sharePanel } from './views.js';

type Fiche = Omit<FicheInput<HandoffRight>, 'reopen' | 'payload'>;

/** A right with what the fiche prints of it (description and procedure from the catalogue). */
function withDetails(en: Engine, r: ShownRight): ShownRight & HandoffRight {
  const procedure = en.procedureOf(r);
  const description = r.description ?? getRightDetails(r.id)?.description;
  return { ...r, ...(procedure ? { procedure } : {}), ...(description ? { description } : {}) };
}

/** Everything the fiche says, gathered from the session, the host's settings and its files. */
async function ficheInput(
  c: QuestionnaireController,
): Promise<{ input: Fiche; payload: BilanPayload } | undefined> {
  const payload = c.bilanPayload();
  const session = c.session;
  const en = c.engine;
  if (!payload || !session || !en) return undefined;
  const host = c.host;
  // The screen may show a new language before all its texts arrive; a fiche is made once, so it waits.
  await loadLocale(host.locale);
  const w = c.wording;
  const answered = String(session.answers.commune ?? '');
  // The communes list is loaded whole, so naming the person's commune requests nothing that depends on it.
  const named = answered ? await c.data.communeByCode(answered) : undefined;
  // Places near the host's commune only: a request for the shards near the person's commune would tell
  // where they live.
  const commune = host.commune ? await c.data.communeByCode(host.commune) : undefined;
  const { answerLines, dayLineIn, loadPlacesNear, placesFor } = await c.handoff.actions();
  const places = commune && host.partnersSrc ? await loadPlacesNear(host.partnersSrc, commune) : [];
  const dayLine = places.length ? await dayLineIn(host.locale) : undefined;
  const input: Fiche = {
    summary: en.summaryOf(
      c,
      c.rights.map((r) => withDetails(en, r)),
    ),
    wording: w,
    statusText: (r) => en.statusText(c, r as ShownRight),
    settle: (m) => session.settlingQuestions(m.right.id).map((q) => en.questionIn(host.locale, q).label),
    answers: answerLines(
      session.questions().map((q) => en.questionIn(host.locale, q)),
      session.answers,
      {
        ...w,
        date: (iso) => host.formatDate(iso),
        commune: (x) => (x === named?.code ? named.nom : x),
      },
    ),
    lang: host.langTag,
    dir: host.textDirection,
    hostName: host.hostName,
    personName: c.bilanName,
    date: host.formatDate(new Date()),
    month: payload.month,
    booking: c.booking,
    partnerLabel: (t) => en.partnerIn(host.locale, t),
    ...(commune && places.length
      ? { places: (r: HandoffRight) => placesFor(places, r, commune, new Date(), 3, dayLine) }
      : {}),
    ...(c.isMediation && c.mediation.screens
      ? {
          followUp: c.rights.map((r) => {
            const { checklistEntry, CHECKLIST_KEYS } = c.mediation.screens as MediatorScreens;
            const e = checklistEntry(c, r.id);
            // Why it was not claimed, the help needed and the partner chosen (mediator's workspace).
            const orientation = c.mediation.workspace?.orientationOf(r.id) ?? [];
            return {
              right: r.label,
              state: c.t(CHECKLIST_KEYS[e.state]),
              orientedTo: e.orientedTo,
              note: [...orientation, e.note].filter(Boolean).join(' ; '),
            };
          }),
        }
      : {}),
  };
  return { input, payload };
}

/** "Télécharger la fiche", from the results or this screen. */
export async function downloadFiche(c: QuestionnaireController): Promise<void> {
  const parts = await ficheInput(c);
  if (!parts) return;
  const { downloadFiche: download } = await c.handoff.actions();
  await download(parts.input, parts.payload, c.host.renderRoot as unknown as Node & ParentNode);
  c.set({ statusMessage: c.t('downloaded') });
}

async function printFiche(c: QuestionnaireController): Promise<void> {
  const parts = await ficheInput(c);
  if (!parts) return;
  const { printFiche: print } = await c.handoff.actions();
  await print(parts.input, parts.payload);
}

/** The fiche shown on this screen: built once per content, in a frame (the same document that prints). */
const previews = new WeakMap<QuestionnaireController, { key: string; html: string }>();
function preview(c: QuestionnaireController): TemplateResult | typeof nothing {
  const key = `${c.bilanName}|${c.host.hostName}|${JSON.stringify(c.bilanPayload())}`;
  const shown = previews.get(c);
  if (shown?.key !== key)
    void ficheInput(c).then(async (parts) => {
      if (!parts) return;
      const { ficheDocument } = await c.handoff.actions();
      previews.set(c, { key, html: await ficheDocument(parts.input, parts.payload) });
      c.host.requestUpdate();
    });
  return shown
    ? html`<iframe class="pq-fiche" title=${c.t('bilanTitle')} .srcdoc=${shown.html}></iframe>`
    : nothing;
}

export function renderBilan(c: QuestionnaireController): TemplateResult {
  const payload = c.bilanPayload();
  return html`<section part="bilan" data-screen="bilan" aria-labelledby="pq-bilan-title">
    <h2 id="pq-bilan-title" tabindex="-1">${c.t('bilanTitle')}</h2>
    <p>${c.t('bilanIntro')}</p>
    <div class="pq-noprint">
      ${textField(c.host, {
        id: 'pq-name',
        label: c.t('bilanName'),
        hint: c.t('bilanNameHint'),
        value: c.bilanName,
        autocomplete: 'name',
        onInput: (v) => c.set({ bilanName: v }),
      })}
    </div>
    <div class="pq-actions pq-noprint">
      ${button({ label: c.t('print'), variant: 'primary', onClick: () => printFiche(c) })}
      ${button({ label: c.t('download'), variant: 'secondary', onClick: () => c.downloadFiche() })}
      ${button({ label: c.t('backToResults'), variant: 'secondary', onClick: () => c.goToScreen('results') })}
    </div>
    ${payload ? sharePanel(c.handoff, c.wording, () => c.handoff.share(payload, true)) : nothing}
    ${preview(c)}
  </section>`;
}
