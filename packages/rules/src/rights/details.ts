// What a person needs to act on each right, kept out of the main entry ('@passerelle/rules/catalogue'):
// one-sentence description, where and how to apply, papers to prepare. The evaluator does not need them;
// the widgets load them with the results. Parameter ids per right: ./parameters.ts.
import { RIGHTS } from '../catalogue.js';
import { SP } from './common.js';
import type { RightDetails, RightId, RightPayment } from './types.js';

export type Texts = Omit<RightDetails, 'payment'>;

/** Collège and lycée grants share their shape. */
function bourse(level: 'college' | 'lycee'): Texts {
  const college = level === 'college';
  return {
    description: college
      ? 'Une aide de l’État pour la scolarité d’un enfant au collège, selon les revenus.'
      : 'Une aide de l’État pour la scolarité d’un élève au lycée, selon les revenus.',
    procedure: {
      url: `${SP}${college ? 'F984' : 'F616'}`,
      steps: ['Demandez-la à la rentrée sur « Scolarité services » ou au secrétariat de l’établissement.'],
      papers: ['Avis d’imposition', 'Justificatif des enfants à charge si besoin'],
    },
  };
}

/** Rights of the browser entry; those of '@passerelle/rules/extra' are in ./details-extra.ts. */
const TEXTS: Readonly<Partial<Record<RightId, Texts>>> = {
  af: {
    description: 'Une aide chaque mois pour les familles qui ont au moins deux enfants de moins de 20 ans.',
    procedure: {
      url: `${SP}F13213`,
      steps: [
        'Déjà à la CAF : versées sans demande.',
        'Sinon, déclarez votre situation sur caf.fr (ou msa.fr).',
      ],
      papers: ['Livret de famille ou actes de naissance des enfants', 'Avis d’imposition', 'RIB'],
    },
  },
  cf: {
    description:
      'Une aide chaque mois pour les familles d’au moins 3 enfants de 3 à 21 ans, selon les revenus.',
    procedure: {
      url: `${SP}F13214`,
      steps: ['Faites la demande sur caf.fr (rubrique « Mon compte ») ou à votre MSA.'],
      papers: ['Avis d’imposition de l’année N-2', 'Livret de famille'],
    },
  },
  ars: {
    description: 'Une aide versée en août pour chaque enfant de 6 à 18 ans scolarisé, selon les revenus.',
    procedure: {
      url: `${SP}F1878`,
      steps: [
        'Sans demande si vous avez une aide de la CAF ou de la MSA (16-18 ans : confirmez la scolarité).',
        'Sinon, déclarez vos enfants et vos revenus sur caf.fr.',
      ],
      papers: ['Avis d’imposition de l’année N-2', 'Certificat de scolarité pour les 16-18 ans'],
    },
  },
  paje_base: {
    description: 'Une aide chaque mois pour un enfant de moins de 3 ans, selon les revenus.',
    procedure: {
      url: `${SP}F2552`,
      steps: ['Déclarez la grossesse à la CAF et à l’Assurance maladie, puis la naissance sur caf.fr.'],
      papers: ['Acte de naissance', 'Avis d’imposition de l’année N-2'],
    },
  },
  asf: {
    description:
      'Une aide pour le parent seul qui élève un enfant sans pension alimentaire (ou avec une pension faible).',
    procedure: {
      url: `${SP}F815`,
      steps: [
        'Faites la demande sur caf.fr ou à la MSA.',
        'La CAF peut aussi vous aider à obtenir ou faire payer la pension alimentaire (ARIPA).',
      ],
      papers: ['Jugement ou convention fixant la pension, s’il existe', 'Livret de famille'],
    },
  },
  aide_logement: {
    description:
      'Une aide chaque mois pour payer le loyer, selon les revenus, le loyer et le lieu du logement.',
    procedure: {
      url: `${SP}F12006`,
      steps: [
        'Faites une simulation puis la demande en ligne sur caf.fr (ou msa.fr) dès l’entrée dans le logement.',
      ],
      papers: ['Bail', 'Attestation de loyer remplie par le propriétaire', 'RIB'],
    },
  },
  cheque_energie: {
    description:
      'Une aide une fois par an pour payer les factures d’énergie (électricité, gaz, fioul, bois…).',
    procedure: {
      url: 'https://chequeenergie.gouv.fr/',
      steps: [
        'Envoyé sans démarche si vous avez déclaré vos revenus aux impôts, même nuls.',
        'Si vous ne l’avez pas reçu, vérifiez votre éligibilité sur chequeenergie.gouv.fr.',
      ],
      papers: ['Avis d’imposition'],
    },
  },
  fsl: {
    description:
      'Une aide du département pour entrer dans un logement ou payer des dettes (loyer, énergie, eau).',
    procedure: {
      url: `${SP}F1334`,
      steps: [
        'Demandez un rendez-vous avec un travailleur social (CCAS, département) qui monte le dossier FSL.',
      ],
      papers: ['Justificatifs de ressources', 'Bail', 'Factures ou relevé de dette'],
    },
  },
  logement_social: {
    description: 'Déposer une demande de logement social (HLM), valable un an et renouvelable.',
    procedure: {
      url: `${SP}F869`,
      steps: [
        'Déposez la demande sur demande-logement-social.gouv.fr ou à la mairie : vous recevez un numéro unique.',
        'Renouvelez-la chaque année.',
      ],
      papers: ['Pièce d’identité ou titre de séjour', 'Avis d’imposition N-2 (et N-1)'],
    },
  },
  rsa: {
    description:
      'Un revenu minimum chaque mois pour les personnes sans ressources ou avec de faibles ressources.',
    procedure: {
      url: `${SP}F19778`,
      steps: [
        'Faites la demande sur caf.fr (ou msa.fr), ou avec le CCAS ou un travailleur social.',
        'Ensuite, vous êtes inscrit à France Travail et accompagné vers l’emploi ou l’insertion.',
      ],
      papers: ['Pièce d’identité ou titre de séjour', 'RIB', 'Montant de vos ressources des 3 derniers mois'],
    },
  },
  ppa: {
    description: 'Un complément de revenus chaque mois pour les personnes qui travaillent et gagnent peu.',
    procedure: {
      url: `${SP}F2882`,
      steps: [
        'Faites la demande en ligne sur caf.fr (ou msa.fr), puis déclarez vos revenus tous les 3 mois.',
      ],
      papers: ['Fiches de paie des 3 derniers mois', 'RIB'],
    },
  },
  aah: {
    description:
      'Un revenu minimum pour les personnes handicapées, selon le taux d’incapacité fixé par la MDPH.',
    procedure: {
      url: `${SP}F12242`,
      steps: [
        'Remplissez le formulaire de demande à la MDPH (avec un certificat médical de moins d’un an).',
        'La CDAPH fixe le taux d’incapacité ; la CAF ou la MSA calcule et verse l’AAH.',
      ],
      papers: [
        'Formulaire Cerfa 15692',
        'Certificat médical Cerfa 15695',
        'Pièce d’identité',
        'Justificatif de domicile',
      ],
    },
  },
  aspa: {
    description:
      'Un complément de revenus pour les personnes de 65 ans ou plus qui ont de faibles retraites.',
    procedure: {
      url: `${SP}F16871`,
      steps: [
        'Demandez l’ASPA à votre caisse de retraite (ou à la mairie si vous n’avez pas de retraite).',
        'Attention : l’ASPA versée peut être récupérée sur la succession au-delà d’un certain montant.',
      ],
      papers: [
        'Formulaire de demande',
        'Justificatifs de ressources des 3 derniers mois',
        'Pièce d’identité',
      ],
    },
  },
  ass: {
    description: 'Pour qui n’a plus droit au chômage et a assez travaillé avant.',
    procedure: {
      url: `${SP}F12484`,
      steps: ['France Travail la propose à la fin des droits au chômage ; sinon, demandez-la.'],
      papers: ['Attestations de travail des 10 dernières années', 'Justificatifs de ressources'],
    },
  },
  css: {
    description:
      'Une complémentaire santé gratuite, ou à moins d’un euro par jour et par personne, selon les revenus.',
    procedure: {
      url: `${SP}F10027`,
      steps: [
        'Faites la demande sur votre compte ameli.fr, ou avec le formulaire papier à envoyer à votre caisse.',
      ],
      papers: ['Ressources des 12 derniers mois de chaque membre du foyer', 'Avis d’imposition'],
    },
  },
  ame: {
    description: 'Les soins des étrangers sans titre de séjour, en France depuis plus de 3 mois.',
    procedure: {
      url: `${SP}F3079`,
      steps: ['Remplissez le formulaire de demande et déposez-le à la CPAM de votre domicile, en personne.'],
      papers: [
        'Pièce d’identité',
        'Preuve de présence en France depuis plus de 3 mois',
        'Justificatifs de ressources',
      ],
    },
  },
  puma: {
    description: 'Les soins remboursés par l’Assurance maladie pour qui vit ou travaille en France.',
    procedure: {
      url: 'https://www.ameli.fr/assure/droits-demarches/principes/protection-universelle-maladie',
      steps: ['Sans droits ouverts, demandez l’affiliation à votre CPAM.'],
      papers: ['Pièce d’identité ou titre de séjour', 'Justificatif de domicile', 'RIB'],
    },
  },
  aeeh: {
    description: 'Une aide pour les frais d’éducation et de soins d’un enfant handicapé de moins de 20 ans.',
    procedure: {
      url: `${SP}F14809`,
      steps: ['Déposez une demande à la MDPH avec un certificat médical ; la CAF verse l’allocation.'],
      papers: ['Formulaire Cerfa 15692', 'Certificat médical Cerfa 15695'],
    },
  },
  pch: {
    description: 'Une aide du département pour l’aide humaine, le matériel ou le logement (handicap).',
    procedure: {
      url: `${SP}F14202`,
      steps: [
        'Déposez une demande à la MDPH : une équipe évalue vos besoins et propose un plan de compensation.',
      ],
      papers: ['Formulaire Cerfa 15692', 'Certificat médical Cerfa 15695'],
    },
  },
  apa: {
    description: 'Une aide du département pour les 60 ans et plus qui ont besoin d’aide au quotidien.',
    procedure: {
      url: `${SP}F10009`,
      steps: [
        'Demandez le dossier au département ou au CCAS ; une équipe vient évaluer vos besoins (grille AGGIR).',
      ],
      papers: ['Formulaire de demande', 'Pièce d’identité', 'Avis d’imposition'],
    },
  },
  cmi: {
    description: 'Une carte pour les personnes handicapées : priorité, places assises, stationnement.',
    procedure: {
      url: `${SP}F34049`,
      steps: [
        'Demandez-la à la MDPH avec le formulaire de demande (en même temps qu’une autre demande si besoin).',
      ],
      papers: ['Formulaire Cerfa 15692', 'Certificat médical', 'Photo d’identité'],
    },
  },
  cej: {
    description:
      'Un accompagnement vers l’emploi pour les 16-25 ans sans emploi ni formation, avec une allocation.',
    procedure: {
      url: `${SP}F32700`,
      steps: ['Prenez rendez-vous à la mission locale ou à France Travail.'],
      papers: ['Pièce d’identité', 'Justificatif de domicile'],
    },
  },
  inscription_france_travail: {
    description:
      'S’inscrire comme demandeur d’emploi pour être accompagné et ouvrir ses droits (chômage, ASS, RSA).',
    procedure: {
      url: 'https://www.francetravail.fr/',
      steps: ['Inscrivez-vous sur francetravail.fr ou en agence ; un conseiller vous rappelle.'],
      papers: ['Pièce d’identité', 'Carte Vitale', 'CV', 'Attestations employeur'],
    },
  },
  mission_locale: {
    description: 'La mission locale aide les 16-25 ans : emploi, formation, logement, santé, mobilité.',
    procedure: {
      url: 'https://www.unml.info/les-missions-locales/',
      steps: ['Prenez rendez-vous à la mission locale la plus proche.'],
      papers: ['Pièce d’identité'],
    },
  },
  pass_sport: {
    description:
      'Une aide pour l’inscription dans un club de sport, pour des jeunes qui reçoivent certaines aides.',
    procedure: {
      url: 'https://www.pass.sports.gouv.fr/',
      steps: ['Le code arrive par courriel à la rentrée (ou sur pass.sports.gouv.fr) : donnez-le au club.'],
      papers: ['Code Pass’Sport'],
    },
  },
  tarif_social_transport: {
    description:
      'Des transports en commun moins chers ou gratuits selon les ressources, selon chaque réseau.',
    procedure: {
      url: 'https://www.france-services.gouv.fr/',
      steps: ['Demandez au CCAS, à la mairie ou au réseau de transport, avec une attestation de droits.'],
      papers: ['Attestation de droits (RSA, CSS, AAH…)', 'Pièce d’identité', 'Photo'],
    },
  },
  aide_juridictionnelle: {
    description:
      'La prise en charge des frais d’avocat et de justice, totale ou partielle, selon les ressources.',
    procedure: {
      url: `${SP}F18074`,
      steps: [
        'Faites la demande en ligne sur justice.fr ou avec le formulaire, au tribunal ou dans un point-justice.',
      ],
      papers: ['Formulaire Cerfa 16146', 'Avis d’imposition', 'Documents sur l’affaire'],
    },
  },
  mediation_numerique: {
    description: 'Un conseiller numérique ou France services vous aide pour vos démarches en ligne.',
    procedure: {
      url: 'https://www.france-services.gouv.fr/',
      steps: [
        'Prenez rendez-vous dans une maison France services ou avec un conseiller numérique près de chez vous.',
      ],
      papers: ['Vos identifiants (caf.fr, ameli.fr, impots.gouv.fr) si vous les avez', 'Pièce d’identité'],
    },
  },
  bourse_college: bourse('college'),
  bourse_lycee: bourse('lycee'),
};

/** Rights without a computed amount that still pay money, and the month of yearly payments. */
const PAID_WITHOUT_AMOUNT: Readonly<Partial<Record<RightId, RightPayment['frequency']>>> = {
  aeeh: 'monthly',
  pch: 'monthly',
  apa: 'monthly',
};
const MONTH: Readonly<Partial<Record<RightId, number>>> = { ars: 8, prime_noel: 12 };

/**
 * How a right is paid: as its amount (monthly, yearly, once), else as listed above, else no money. The
 * results screen adds only monthly amounts to a monthly total.
 */
export function paymentOf(id: RightId): RightPayment {
  const kind = RIGHTS[id]?.amountKind;
  const frequency =
    kind === 'monthly' || kind === 'yearly' || kind === 'once' ? kind : (PAID_WITHOUT_AMOUNT[id] ?? 'none');
  const month = MONTH[id];
  return month ? { frequency, month } : { frequency };
}

/** Adds each right's payment to its texts; used here and by ./details-extra.ts. */
export function joinDetails(
  texts: Readonly<Partial<Record<RightId, Texts>>>,
): Partial<Record<RightId, RightDetails>> {
  const out: Partial<Record<RightId, RightDetails>> = {};
  for (const id of Object.keys(texts) as RightId[])
    out[id] = { ...(texts[id] as Texts), payment: paymentOf(id) };
  return out;
}

/**
 * Details by right id. The rights of '@passerelle/rules/extra' get theirs when that module is imported
 * (like their definitions), so that the widgets' first load carries only the rights it evaluates.
 */
export const RIGHT_DETAILS = joinDetails(TEXTS) as Readonly<Record<RightId, RightDetails>>;
