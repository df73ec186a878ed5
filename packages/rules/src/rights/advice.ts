// Received rights checked against the law (issue 15): what a person who already gets a right should
// also have, or should check. Runs after every right is evaluated ('@passerelle/rules/extra' registers
// it) and adds `advice` to the results concerned. Plain French, each with its source.
import type { Ctx } from '../context.js';
import type { Advice, RightResult } from '../result.js';
import { SP } from './common.js';

const PLEIN_EMPLOI =
  'Code du travail, art. L5411-5-1 (loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi)';

/** Rights whose amount the law computes from the answers: a failed condition means "check it". */
const COMPUTED = [
  'rsa',
  'ppa',
  'aah',
  'aspa',
  'ass',
  'aide_logement',
  'af',
  'cf',
  'asf',
  'paje_base',
  'ars',
  'css',
];

const received = (ctx: Ctx, id: string): boolean =>
  ctx.receiving.has(id) || ctx.results.get(id)?.status === 'already_received';

function add(r: RightResult | undefined, advice: Advice): void {
  if (!r) return;
  if (!r.advice) r.advice = [];
  if (!r.advice.some((a) => a.code === advice.code)) r.advice.push(advice);
}

export function adviseReceivedRights(ctx: Ctx): void {
  const res = (id: string) => ctx.results.get(id);
  if (received(ctx, 'rsa')) {
    add(res('rsa'), {
      code: 'rsa_france_travail',
      text: 'Avec le RSA, vous êtes inscrit à France Travail sans démarche, et votre conjoint ou conjointe aussi. Sans nouvelles après quelques semaines, appelez France Travail (3949) ou votre département : un rendez-vous et un contrat d’engagement doivent suivre.',
      source: PLEIN_EMPLOI,
    });
    add(res('inscription_france_travail'), {
      code: 'rsa_france_travail',
      text: 'Avec le RSA, l’inscription à France Travail est faite pour vous (et pour votre conjoint ou conjointe) : vérifiez-la sur francetravail.fr.',
      source: PLEIN_EMPLOI,
    });
    add(res('css'), {
      code: 'rsa_css_free',
      text: received(ctx, 'css')
        ? 'Avec le RSA, votre complémentaire santé solidaire doit être gratuite : si vous payez une participation, signalez-le à votre caisse d’assurance maladie.'
        : 'Avec le RSA, la complémentaire santé solidaire est gratuite pour tout le foyer : demandez-la sur ameli.fr, elle est accordée sans autre condition de ressources.',
      source: `Code de la sécurité sociale, art. L861-1 et L861-2 ; ${SP}F10027`,
    });
  }
  if (received(ctx, 'rsa') || received(ctx, 'ass')) {
    const m = +ctx.month.slice(5, 7);
    if (m === 12 || m === 1)
      add(res('prime_noel'), {
        code: 'prime_noel_check',
        text: 'La prime de Noël est versée mi-décembre sans démarche : si elle n’est pas arrivée fin décembre, contactez la CAF, la MSA ou France Travail.',
        source: 'https://www.legifrance.gouv.fr/eli/decret/2023/12/14/2023-1184/jo/texte',
      });
  }
  if (received(ctx, 'aah') && ctx.couple)
    add(res('aah'), {
      code: 'aah_deconjugalisation',
      text: 'Depuis le 1er octobre 2023, l’AAH ne dépend plus des revenus de votre conjoint ou conjointe. Si elle a été réduite ou refusée pour cette raison, demandez à la CAF de la recalculer.',
      source: 'Loi n° 2022-1158 du 16 août 2022, art. 10',
    });
  const ce = res('cheque_energie');
  if (
    ce &&
    !received(ctx, 'cheque_energie') &&
    ctx.date >= '2025-01-01' &&
    (ce.status === 'eligible' || ce.status === 'possible')
  )
    add(ce, {
      code: 'cheque_energie_claim',
      text: 'Depuis 2025, le chèque énergie n’est envoyé sans démarche que si l’administration retrouve votre logement (impôts et fournisseur d’électricité). Si vous ne l’avez pas reçu, par exemple après un déménagement, demandez-le sur le guichet en ligne de chequeenergie.gouv.fr, avec votre avis d’impôt.',
      source: 'https://chequeenergie.gouv.fr/',
    });
  // A right received while the answers do not meet one of its conditions: check before a debt builds up.
  for (const id of COMPUTED) {
    const r = res(id);
    if (r?.status !== 'already_received') continue;
    const failed = r.reasons.find((x) => !x.met && !x.unknown && x.code !== 'receiving');
    if (failed)
      add(r, {
        code: 'received_check',
        text: `D’après vos réponses, une condition ne semble plus remplie (« ${failed.text} »). Vérifiez avec la caisse et déclarez tout changement : un droit versé à tort devra être remboursé.`,
        source:
          'Code de la sécurité sociale, art. L553-2 (indus) ; code de l’action sociale et des familles, art. L262-46',
      });
  }
}
