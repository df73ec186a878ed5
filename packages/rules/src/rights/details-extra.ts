// What a person needs to act on the rights of '@passerelle/rules/extra' (issue 15): description,
// procedure (payment: paymentOf in ./details.ts; duties: ./duties.ts). Merged into RIGHT_DETAILS when that module is imported.
import { SP } from './common.js';
import { joinDetails, RIGHT_DETAILS, type Texts } from './details.js';
import type { RightId } from './types.js';

const TEXTS: Readonly<Partial<Record<RightId, Texts>>> = {
  prime_naissance: {
    description: 'Une somme versée une fois pour l’arrivée d’un bébé, selon les revenus.',
    procedure: {
      url: `${SP}F2550`,
      steps: [
        'Déclarez la grossesse avant la fin du 3e mois à l’Assurance maladie (le médecin ou la sage-femme le fait en ligne) et à la CAF.',
        'La CAF verse la prime au 7e mois de grossesse, sans autre demande, si vos revenus sont sous le plafond.',
      ],
      papers: ['Déclaration de grossesse', 'Avis d’imposition de l’année N-2'],
    },
  },
  cmg: {
    description:
      'Une aide chaque mois pour payer une assistante maternelle ou une garde à domicile, pour un enfant de moins de 6 ans.',
    procedure: {
      url: `${SP}F345`,
      steps: [
        'Faites la demande sur caf.fr (ou msa.fr) dès l’embauche de l’assistante maternelle ou de la garde à domicile.',
        'Déclarez chaque mois les heures et le salaire sur pajemploi.urssaf.fr : le CMG est calculé à partir de cette déclaration.',
      ],
      papers: [
        'Contrat de travail de la personne qui garde l’enfant',
        'Numéro d’agrément de l’assistante maternelle',
      ],
    },
  },
  prepare: {
    description:
      'Une aide chaque mois pour le parent qui arrête ou réduit son travail pour s’occuper d’un enfant de moins de 3 ans.',
    procedure: {
      url: `${SP}F32485`,
      steps: [
        'Demandez d’abord le congé parental à votre employeur (un mois avant).',
        'Faites la demande de PreParE sur caf.fr (ou msa.fr) avec le formulaire et l’attestation de l’employeur.',
      ],
      papers: ['Attestation de congé parental ou de temps partiel', 'Relevé de carrière si besoin'],
    },
  },
  conge_naissance: {
    description:
      'Un congé de 1 ou 2 mois pour chaque parent après le congé de maternité ou de paternité, payé par la Sécurité sociale.',
    procedure: {
      url: 'https://www.ameli.fr/assure/droits-demarches/famille/maternite-paternite-adoption',
      steps: [
        'Prévenez votre employeur à l’avance (le délai est fixé par décret, entre 15 jours et un mois).',
        'L’employeur transmet l’attestation de salaire à votre caisse, qui verse les indemnités.',
      ],
      papers: ['Acte de naissance', 'Attestation de l’employeur'],
    },
  },
  ajpp: {
    description:
      'Une aide par jour pour le parent qui s’arrête de travailler pour un enfant gravement malade, handicapé ou accidenté.',
    procedure: {
      url: `${SP}F15132`,
      steps: [
        'Demandez un congé de présence parentale à votre employeur (15 jours avant).',
        'Envoyez à la CAF le formulaire de demande et le certificat médical du médecin qui suit l’enfant ; chaque mois, déclarez les jours pris.',
      ],
      papers: ['Certificat médical détaillé', 'Attestation de l’employeur'],
    },
  },
  aripa: {
    description:
      'La CAF reçoit la pension alimentaire de l’autre parent et vous la verse chaque mois ; elle la réclame s’il ne paie pas.',
    procedure: {
      url: 'https://www.pension-alimentaire.caf.fr/',
      steps: [
        'Demandez l’intermédiation sur pension-alimentaire.caf.fr avec le jugement ou l’accord qui fixe la pension.',
        'Si la pension n’est pas payée, la CAF peut verser l’allocation de soutien familial en attendant.',
      ],
      papers: ['Jugement, convention de divorce ou titre exécutoire de la CAF', 'RIB'],
    },
  },
  tarif_social_cantine: {
    description: 'Un prix du repas à la cantine selon les revenus de la famille, parfois 1 €.',
    procedure: {
      url: 'https://www.education.gouv.fr/',
      steps: [
        'Demandez à la mairie (service scolaire) ou au CCAS le calcul de votre tarif, avec votre quotient familial.',
      ],
      papers: ['Attestation de quotient familial de la CAF', 'Avis d’imposition'],
    },
  },
  bourse_crous: {
    description:
      'Une aide de l’État pour les étudiants, selon les revenus des parents, versée 10 mois par an.',
    procedure: {
      url: `${SP}F12214`,
      steps: [
        'Remplissez le dossier social étudiant (DSE) sur messervices.etudiant.gouv.fr entre le 1er mars et le 31 mai, même avant d’avoir votre place.',
      ],
      papers: ['Avis d’imposition des parents (revenus N-2)', 'Certificat de scolarité'],
    },
  },
  prime_noel: {
    description: 'Une aide versée une fois en décembre aux personnes qui reçoivent le RSA, l’ASS ou l’AER.',
    procedure: {
      url: `${SP}F19778`,
      steps: [
        'Rien à faire : la CAF, la MSA ou France Travail la verse mi-décembre à qui a le droit en novembre ou en décembre.',
        'Si elle n’est pas arrivée fin décembre, appelez votre caisse.',
      ],
      papers: [],
    },
  },
  asi: {
    description:
      'Un complément chaque mois pour les personnes qui ont une petite pension d’invalidité et de faibles ressources.',
    procedure: {
      url: 'https://www.ameli.fr/assure/droits-demarches/invalidite-handicap/invalidite/allocation-supplementaire-invalidite-asi',
      steps: [
        'Remplissez le formulaire S 4151 et envoyez-le à votre caisse d’assurance maladie (ou à la MSA).',
      ],
      papers: ['Formulaire S 4151', 'Justificatifs des ressources du foyer des 3 derniers mois'],
    },
  },
  mva: {
    description:
      'Un complément de l’AAH chaque mois pour les personnes très handicapées qui vivent dans leur propre logement.',
    procedure: {
      url: 'https://www.caf.fr/',
      steps: [
        'Elle est versée par la CAF (ou la MSA) sans demande quand les conditions sont réunies ; sinon, demandez-la.',
      ],
      papers: ['Notification de l’AAH', 'Justificatif d’aide au logement'],
    },
  },
  allocation_veuvage: {
    description:
      'Une aide chaque mois pendant 2 ans pour une personne de moins de 55 ans dont le mari ou la femme est décédé.',
    procedure: {
      url: 'https://www.lassuranceretraite.fr/',
      steps: [
        'Demandez-la dans les 2 ans après le décès à la caisse de retraite de votre conjoint (Carsat, MSA…) avec le formulaire de demande.',
      ],
      papers: ['Acte de décès', 'Livret de famille', 'Justificatifs de ressources des 3 derniers mois'],
    },
  },
  pension_reversion: {
    description: 'Une partie de la retraite de votre mari ou de votre femme décédé, versée chaque mois.',
    procedure: {
      url: 'https://www.info-retraite.fr/',
      steps: [
        'Faites une seule demande en ligne sur info-retraite.fr : elle va à toutes les caisses de retraite de votre conjoint.',
      ],
      papers: ['Acte de décès', 'Acte de mariage', 'Justificatifs de ressources'],
    },
  },
  demande_retraite: {
    description:
      'La retraite n’arrive pas toute seule : il faut la demander, 6 mois avant la date de départ.',
    procedure: {
      url: 'https://www.info-retraite.fr/',
      steps: [
        'Vérifiez votre relevé de carrière sur info-retraite.fr, puis faites la demande unique en ligne pour tous vos régimes.',
        'Sans ordinateur, une maison France services ou votre Carsat vous aide.',
      ],
      papers: ['Pièce d’identité', 'RIB', 'Avis d’imposition'],
    },
  },
  aide_menagere: {
    description:
      'Des heures d’aide à domicile (ménage, courses, repas) payées par le département ou la caisse de retraite.',
    procedure: {
      url: 'https://www.pour-les-personnes-agees.gouv.fr/',
      steps: [
        'Demandez le dossier d’aide sociale au CCAS de votre commune (ressources modestes), ou à votre caisse de retraite sinon.',
      ],
      papers: ['Pièce d’identité', 'Avis d’imposition', 'Justificatifs de ressources'],
    },
  },
  complementaire_sante_senior: {
    description:
      'Des communes, départements ou caisses de retraite aident à payer une complémentaire santé après 65 ans.',
    procedure: {
      url: `${SP}F10027`,
      steps: [
        'Vérifiez d’abord la complémentaire santé solidaire (plus favorable) sur ameli.fr.',
        'Sinon, demandez au CCAS s’il existe une « mutuelle communale » ou une aide locale.',
      ],
      papers: ['Avis d’imposition', 'Contrat de complémentaire actuel'],
    },
  },
  point_conseil_budget: {
    description: 'Une aide gratuite pour faire son budget, parler à sa banque et sortir des dettes.',
    procedure: {
      url: 'https://www.mesquestionsdargent.fr/',
      steps: [
        'Prenez rendez-vous dans un Point conseil budget (liste sur mesquestionsdargent.fr) ou au CCAS.',
        'En cas de dettes trop lourdes, déposez un dossier de surendettement à la Banque de France (gratuit).',
      ],
      papers: ['Relevés de compte des 3 derniers mois', 'Liste des dettes et des factures'],
    },
  },
  garantie_visale: {
    description:
      'Une caution gratuite d’Action Logement : elle paie le loyer au propriétaire en cas d’impayé.',
    procedure: {
      url: 'https://www.visale.fr/',
      steps: [
        'Créez votre compte sur visale.fr et demandez votre visa avant de signer le bail.',
        'Donnez le visa au propriétaire, qui le valide en ligne.',
      ],
      papers: ['Pièce d’identité', 'Justificatif de situation (études, contrat de travail)'],
    },
  },
  avance_loca_pass: {
    description: 'Un prêt sans intérêt pour payer le dépôt de garantie en entrant dans un logement.',
    procedure: {
      url: 'https://www.actionlogement.fr/',
      steps: [
        'Faites la demande en ligne sur actionlogement.fr au plus tard 2 mois après l’entrée dans le logement.',
      ],
      papers: ['Bail signé', 'Pièce d’identité', 'Justificatif de situation'],
    },
  },
  domiciliation: {
    description:
      'Une adresse gratuite pour recevoir son courrier et faire ses démarches quand on n’a pas de logement stable.',
    procedure: {
      url: `${SP}F17317`,
      steps: ['Demandez une élection de domicile au CCAS de votre commune ou à une association agréée.'],
      papers: ['Pièce d’identité si vous en avez une'],
    },
  },
  dalo: {
    description: 'Un recours pour être logé ou hébergé en priorité quand on est sans logement ou mal logé.',
    procedure: {
      url: `${SP}F18005`,
      steps: [
        'Remplissez le formulaire de recours et envoyez-le à la commission de médiation de votre département.',
        'Une association ou l’ADIL peut vous aider à monter le dossier.',
      ],
      papers: [
        'Formulaire Cerfa de recours DALO',
        'Numéro unique de demande de logement social',
        'Justificatifs de la situation',
      ],
    },
  },
  are: {
    description:
      'L’allocation chômage pour les personnes qui ont perdu leur emploi et ont assez travaillé avant.',
    procedure: {
      url: 'https://www.francetravail.fr/',
      steps: [
        'Inscrivez-vous à France Travail dans les 12 mois après la fin du contrat ; la demande d’allocation se fait en même temps.',
      ],
      papers: ['Attestation employeur', 'Pièce d’identité', 'RIB', 'Carte Vitale'],
    },
  },
  rqth: {
    description:
      'Une reconnaissance du handicap au travail : aides pour trouver ou garder un emploi, aménagement du poste.',
    procedure: {
      url: `${SP}F1650`,
      steps: [
        'Remplissez le formulaire de demande à la MDPH avec un certificat médical (même dossier que l’AAH).',
      ],
      papers: ['Formulaire Cerfa 15692', 'Certificat médical Cerfa 15695'],
    },
  },
  cir: {
    description:
      'Un contrat avec l’État pour les nouveaux arrivants : cours de français et formation civique gratuits.',
    procedure: {
      url: 'https://www.ofii.fr/',
      steps: [
        'L’OFII vous convoque après la remise du premier titre de séjour ; allez au rendez-vous et suivez les formations.',
      ],
      papers: ['Titre de séjour', 'Convocation de l’OFII'],
    },
  },
  aide_permis_apprenti: {
    description: 'Une aide de 500 € pour passer le permis B, pour les apprentis de 18 ans ou plus.',
    procedure: {
      url: 'https://travail-emploi.gouv.fr/',
      steps: [
        'Remplissez le formulaire de demande et donnez-le à votre centre de formation (CFA) avec le devis de l’auto-école.',
      ],
      papers: ['Formulaire de demande', 'Devis ou facture de l’auto-école', 'Pièce d’identité'],
    },
  },
};

/** Adds the details of the extra rights to RIGHT_DETAILS (idempotent). */
export function registerExtraDetails(): void {
  Object.assign(RIGHT_DETAILS, joinDetails(TEXTS));
}
