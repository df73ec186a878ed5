// Housing access, employment and arrival in France, added with issue 15: garantie Visale, avance
// Loca-Pass, domiciliation, DALO, allocation chômage (ARE), RQTH, contrat d'intégration républicaine,
// aide au permis des apprentis. Texts for acting on them: ./details.ts.
import { type Ctx, euros, type Person } from '../context.js';
import { SP, who } from './common.js';
import { pSince } from './since.js';
import { everyone } from './steps.js';
import type { RightDefinition, Trace } from './types.js';

const OWNER = new Set(['owner', 'owner_with_loan']);

/** Records the housing check; false when the person owns the home, undefined when unknown. */
function notOwner(ctx: Ctx, t: Trace): boolean | undefined {
  const s = ctx.situation.housing?.status;
  if (s === undefined) {
    t.unknown('housing', ['housing.status']);
    return undefined;
  }
  return t.check('housing', !OWNER.has(s));
}

const RENTING = {
  met: 'Vous louez ou cherchez un logement.',
  notMet: 'Cette aide concerne les personnes qui louent ou cherchent un logement à louer.',
  unknown: 'Nous ne savons pas comment vous êtes logé.',
};

export const garantie_visale: RightDefinition = {
  id: 'garantie_visale',
  theme: 'logement',
  label: 'Garantie Visale (caution gratuite)',
  amountKind: 'none',
  contacts: ['adil', 'mission-locale', 'crous', 'information-jeunesse'],
  sources: ['https://www.visale.fr/', 'https://www.actionlogement.fr/'],
  conditions: {
    housing: RENTING,
    who: {
      met: '{reason} : Action Logement se porte caution gratuitement et paie le propriétaire si le loyer n’est pas payé (vous remboursez ensuite, avec un échéancier). Demandez le visa sur visale.fr avant de signer le bail.',
      notMet:
        'Visale concerne les 18-30 ans, et après 30 ans les salariés qui arrivent dans un emploi ou gagnent peu (et les ménages logés par une association).',
      unknown: 'Visale dépend de l’âge et de l’emploi : il manque la date de naissance.',
    },
  },
  evaluate(ctx, t) {
    if (notOwner(ctx, t) === false) return { amount: null };
    const a = ctx.applicant;
    if (a.age === undefined) {
      t.unknown('who', [`${a.path}.birthDate`]);
      return { amount: null };
    }
    const young = a.age >= 18 && a.age <= 30;
    const worker = a.age > 30 && (a.member.activity === 'employed' || a.member.activity === 'apprentice');
    const reason = young ? `Vous avez ${a.age} ans` : 'Vous êtes salarié';
    if (!t.check('who', young || worker, { reason })) return { amount: null };
    // Over 30, the salary ceiling and "new job" rules decide: possible only.
    return { status: young ? 'eligible' : 'possible', amount: null };
  },
};

export const avance_loca_pass: RightDefinition = {
  id: 'avance_loca_pass',
  theme: 'logement',
  label: 'Avance Loca-Pass (dépôt de garantie)',
  amountKind: 'none',
  contacts: ['adil', 'ccas', 'mission-locale'],
  sources: ['https://www.actionlogement.fr/'],
  conditions: {
    housing: RENTING,
    who: {
      met: '{reason} : Action Logement prête le dépôt de garantie{max}, sans intérêt. Vous le remboursez au moins 20 € par mois, en 25 mois au plus. C’est un prêt, pas une aide : il n’entre pas dans vos revenus.',
      notMet:
        'L’avance Loca-Pass concerne les moins de 30 ans et les salariés d’une entreprise privée (non agricole).',
      unknown: 'L’avance Loca-Pass dépend de l’âge ou de l’emploi : il manque la date de naissance.',
    },
  },
  evaluate(ctx, t) {
    if (notOwner(ctx, t) === false) return { amount: null };
    const a = ctx.applicant;
    const young = a.age !== undefined && a.age < 30;
    const employee = a.member.activity === 'employed' || a.member.activity === 'apprentice';
    if (a.age === undefined && !employee) {
      t.unknown('who', [`${a.path}.birthDate`]);
      return { amount: null };
    }
    const reason = young ? `Vous avez ${a.age} ans` : 'Vous êtes salarié';
    const limit = pSince(ctx, 'loca_pass.montant_max');
    const max = limit === undefined ? '' : `, jusqu’à ${euros(limit)}`;
    if (!t.check('who', young || employee, { reason, max })) return { amount: null };
    return { status: 'possible', amount: null };
  },
};

export const domiciliation: RightDefinition = {
  id: 'domiciliation',
  theme: 'logement',
  label: 'Domiciliation (une adresse pour recevoir son courrier)',
  amountKind: 'none',
  contacts: ['ccas', 'mairie', 'france-services'],
  sources: ['Code de l’action sociale et des familles, art. L264-1 à L264-10', `${SP}F17317`],
  conditions: {
    address: {
      met: 'Sans logement stable, le CCAS de votre commune (ou une association agréée) doit vous donner une adresse gratuite : elle permet de recevoir le courrier et de demander les aides (RSA, CSS, CAF, papiers).',
      notMet: 'Vous avez une adresse stable : la domiciliation n’est pas nécessaire.',
      unknown: 'Nous ne savons pas comment vous êtes logé.',
    },
  },
  evaluate(ctx, t) {
    const s = ctx.situation.housing?.status;
    if (s === undefined) {
      t.unknown('address', ['housing.status']);
      return { amount: null };
    }
    if (!t.check('address', s === 'homeless' || s === 'hosted_free' || s === 'hostel'))
      return { amount: null };
    // Hosted or in a hostel, one may already receive mail there.
    return { status: s === 'homeless' ? 'eligible' : 'possible', amount: null };
  },
};

export const dalo: RightDefinition = {
  id: 'dalo',
  theme: 'logement',
  label: 'Droit au logement opposable (DALO)',
  amountKind: 'none',
  contacts: ['adil', 'ccas', 'point-justice'],
  sources: ['Code de la construction et de l’habitation, art. L441-2-3', `${SP}F18005`],
  conditions: {
    housing: {
      met: 'Vous êtes {situation} : vous pouvez saisir la commission de médiation DALO de votre département pour être logé ou hébergé en priorité (avec une demande de logement social en cours).',
      notMet:
        'Le DALO concerne surtout les personnes sans logement, hébergées, en foyer, menacées d’expulsion, dans un logement indigne ou qui attendent un logement social depuis trop longtemps.',
      unknown: 'Nous ne savons pas comment vous êtes logé.',
    },
  },
  evaluate(ctx, t) {
    const s = ctx.situation.housing?.status;
    if (s === undefined) {
      t.unknown('housing', ['housing.status']);
      return { amount: null };
    }
    const situation =
      s === 'homeless' ? 'sans logement' : s === 'hostel' ? 'en foyer' : s === 'hosted_free' ? 'hébergé' : '';
    if (!t.check('housing', situation !== '', { situation })) return { amount: null };
    return { status: 'possible', amount: null };
  },
};

export const are: RightDefinition = {
  id: 'are',
  theme: 'emploi',
  label: 'Allocation chômage (ARE)',
  amountKind: 'monthly',
  contacts: ['france-travail'],
  sources: ['Code du travail, art. L5422-1', 'https://www.francetravail.fr/'],
  conditions: {
    seeking: {
      met: 'Sans emploi ({who}).',
      notMet: 'L’allocation chômage concerne les personnes qui ont perdu leur emploi.',
    },
    paid: {
      met: 'Vous recevez déjà l’allocation chômage ({value} par mois).',
      notMet: '',
    },
    exhausted: {
      met: '',
      notMet: 'Vos droits au chômage sont terminés : voyez l’ASS, le RSA et la prime d’activité.',
    },
    worked: {
      met: 'Si vous avez travaillé au moins 6 mois (130 jours ou 910 heures) dans les 24 derniers mois (36 mois après 55 ans) et perdu votre emploi sans le vouloir (ou par rupture conventionnelle), inscrivez-vous vite à France Travail : l’ARE dépend de vos anciens salaires, France Travail la calcule.',
      notMet: '',
    },
  },
  evaluate(ctx, t) {
    const x = ctx.adults.find((a) => a.member.activity === 'unemployed');
    if (!t.check('seeking', !!x, { who: x ? who(x) : '' }) || !x) return { amount: null };
    const paid = x.member.incomes?.unemploymentBenefit ?? 0;
    if (paid > 0) {
      t.note('paid', { value: euros(paid) });
      return { status: 'already_received', amount: null };
    }
    if (x.member.unemploymentRightsExhausted === true) {
      t.check('exhausted', false);
      return { amount: null };
    }
    t.note('worked');
    return { status: 'possible', amount: null };
  },
};

export const rqth: RightDefinition = {
  id: 'rqth',
  theme: 'emploi',
  label: 'Reconnaissance de la qualité de travailleur handicapé (RQTH)',
  amountKind: 'none',
  contacts: ['mdph', 'france-travail'],
  sources: ['Code du travail, art. L5213-1 et L5213-2', `${SP}F1650`],
  conditions: {
    disability: {
      met: 'Handicap ou problème de santé ({who}) : la RQTH donne accès à Cap emploi, à des aménagements de poste, à l’obligation d’emploi des entreprises et à des formations.',
      notMet:
        'La RQTH concerne les personnes de 16 ans ou plus dont le handicap ou la santé gêne le travail.',
    },
  },
  evaluate(ctx, t) {
    const x = everyone(ctx).find(
      (p: Person) =>
        p.age !== undefined &&
        p.age >= 16 &&
        p.member.activity !== 'retired' &&
        ((p.member.disabilityRate ?? 0) > 0 ||
          p.member.rsdae === true ||
          p.member.activity === 'unfit_for_work'),
    );
    if (!t.check('disability', !!x, { who: x ? who(x) : '' })) return { amount: null };
    return { status: 'possible', amount: null };
  },
};

export const cir: RightDefinition = {
  id: 'cir',
  theme: 'emploi',
  label: 'Contrat d’intégration républicaine (CIR)',
  amountKind: 'none',
  contacts: ['france-services', 'france-travail'],
  sources: [
    'Code de l’entrée et du séjour des étrangers et du droit d’asile, art. L413-2 et suivants',
    'https://www.ofii.fr/',
  ],
  conditions: {
    newcomer: {
      met: 'Vous êtes arrivé en France récemment avec un premier titre de séjour ({who}) : l’OFII vous reçoit pour le contrat d’intégration républicaine, avec des cours de français et une formation civique gratuits, et un bilan pour l’emploi.',
      notMet:
        'Le CIR concerne les personnes hors Union européenne qui reçoivent un premier titre de séjour pour s’installer en France.',
      unknown: 'Il faut savoir depuis combien de temps vous avez un titre de séjour.',
    },
  },
  evaluate(ctx, t) {
    const x = ctx.adults.find((a) => a.member.nationality === 'other' && a.member.regularStay !== false);
    if (!x) {
      t.check('newcomer', false);
      return { amount: null };
    }
    const years = x.member.residencePermitYears;
    if (years === undefined) {
      t.unknown('newcomer', [`${x.path}.residencePermitYears`]);
      return { amount: null };
    }
    if (!t.check('newcomer', years <= 1, { who: who(x) })) return { amount: null };
    return { status: 'possible', amount: null };
  },
};

export const aide_permis_apprenti: RightDefinition = {
  id: 'aide_permis_apprenti',
  theme: 'transport',
  label: 'Aide au permis de conduire pour les apprentis',
  amountKind: 'once',
  contacts: ['mission-locale', 'information-jeunesse'],
  sources: ['Décret n° 2019-1 du 3 janvier 2019 (code du travail, art. D6222-42-1 et suivants)'],
  conditions: {
    apprentice: {
      met: 'Apprenti de 18 ans ou plus ({who}) : une aide unique de {value} pour le permis B, à demander au centre de formation (CFA).',
      notMet: 'Cette aide concerne les apprentis de 18 ans ou plus qui passent le permis B.',
    },
  },
  evaluate(ctx, t) {
    const x = everyone(ctx).find(
      (p) => p.member.activity === 'apprentice' && p.age !== undefined && p.age >= 18,
    );
    const value = pSince(ctx, 'aide_permis_apprenti.montant');
    if (
      !t.check('apprentice', !!x && value !== undefined, { who: x ? who(x) : '', value: euros(value ?? 0) })
    )
      return { amount: null };
    // A fixed 500 €, but whether the person prepares the permis B is not asked: "possible", estimate.
    return { status: 'possible', amount: { value: value as number, per: 'once', kind: 'estimate' } };
  },
};
