// What a person needs to act on each right, kept out of the main entry ('@passerelle/rules/catalogue'):
// one-sentence description, where and how to apply, papers to prepare. The evaluator does not need them;
// the widgets load them with the results. Parameter ids per right: ./parameters.ts.
import { SP } from './common.js';
import type { RightDetails, RightDuty, RightId, RightPayment } from './types.js';

type Texts = Omit<RightDetails, 'payment' | 'duties'>;

/** Collège and lycée grants share their shape. */
function bourse(level: 'college' | 'lycee'): Texts {
  const college = level === 'college';
  return {
    description: college
      ? 'Une aide de l’État pour la scolarité d’un enfant au collège, selon les revenus.'
      : 'Une aide de l’État pour la scolarité d’un élève au lycée, selon les revenus.',
    procedure: {
      url: `${SP}${college ? 'F984' : 'F616'}`,
      steps: [
        'Faites la demande en ligne sur « Scolarité services » (EduConnect) ou auprès du secrétariat de l’établissement, à la rentrée.',
      ],
      papers: ['Avis d’imposition', 'Justificatif des enfants à charge si besoin'],
    },
  };
}

const TEXTS: Readonly<Record<RightId, Texts>> = {
  af: {
    description: 'Une aide chaque mois pour les familles qui ont au moins deux enfants de moins de 20 ans.',
    procedure: {
      url: `${SP}F13213`,
      steps: [
        'Si vous recevez déjà une aide de la CAF, les allocations familiales sont versées sans demande.',
        'Sinon, faites la déclaration de situation sur caf.fr (ou msa.fr si vous dépendez de la MSA).',
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
        'Versée sans demande si vous recevez déjà une aide de la CAF ou de la MSA (pour les 16-18 ans, confirmez la scolarité sur caf.fr).',
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
        'Le chèque est envoyé sans démarche si vous avez déclaré vos revenus aux impôts, même sans revenus.',
        'Si vous ne l’avez pas reçu, vérifiez votre éligibilité sur chequeenergie.gouv.fr.',
      ],
      papers: ['Avis d’imposition'],
    },
  },
  fsl: {
    description:
      'Une aide du département pour entrer dans un logement, payer des dettes de loyer ou des factures d’énergie et d’eau.',
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
        'Faites la demande en ligne sur caf.fr (ou msa.fr), ou avec l’aide du CCAS ou d’un travailleur social du département.',
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
      'Un revenu minimum pour les personnes en situation de handicap, selon le taux d’incapacité fixé par la MDPH.',
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
    description:
      'Une allocation pour les demandeurs d’emploi qui n’ont plus droit au chômage et ont assez travaillé avant.',
    procedure: {
      url: `${SP}F12484`,
      steps: [
        'France Travail vous propose l’ASS à la fin de vos droits au chômage ; sinon, demandez-la à votre conseiller.',
      ],
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
    description:
      'La prise en charge des soins pour les personnes étrangères sans titre de séjour, résidant en France depuis plus de 3 mois.',
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
    description:
      'Le remboursement des soins par l’Assurance maladie pour toute personne qui travaille ou réside en France de façon stable et régulière.',
    procedure: {
      url: 'https://www.ameli.fr/assure/droits-demarches/principes/protection-universelle-maladie',
      steps: [
        'Si vous n’avez pas de carte Vitale ou de droits ouverts, demandez l’affiliation à la CPAM de votre domicile.',
      ],
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
    description:
      'Une aide du département pour payer l’aide humaine, le matériel ou l’aménagement du logement liés au handicap.',
    procedure: {
      url: `${SP}F14202`,
      steps: [
        'Déposez une demande à la MDPH : une équipe évalue vos besoins et propose un plan de compensation.',
      ],
      papers: ['Formulaire Cerfa 15692', 'Certificat médical Cerfa 15695'],
    },
  },
  apa: {
    description:
      'Une aide du département pour les personnes de 60 ans ou plus qui ont besoin d’aide pour les gestes du quotidien.',
    procedure: {
      url: `${SP}F10009`,
      steps: [
        'Demandez le dossier au département ou au CCAS ; une équipe vient évaluer vos besoins (grille AGGIR).',
      ],
      papers: ['Formulaire de demande', 'Pièce d’identité', 'Avis d’imposition'],
    },
  },
  cmi: {
    description:
      'Une carte pour les personnes handicapées : priorité dans les files et transports, stationnement, avantages.',
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
      'Un accompagnement intensif vers l’emploi pour les 16-25 ans sans emploi ni formation, avec une allocation selon les ressources.',
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
      steps: [
        'Inscrivez-vous en ligne sur francetravail.fr ou dans une agence France Travail ; un conseiller vous rappelle.',
      ],
      papers: ['Pièce d’identité', 'Carte Vitale', 'CV', 'Attestations employeur'],
    },
  },
  mission_locale: {
    description:
      'La mission locale aide les 16-25 ans pour l’emploi, la formation, le logement, la santé et la mobilité.',
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
      steps: [
        'Le code arrive par courriel à la rentrée ; sinon retrouvez-le sur pass.sports.gouv.fr et donnez-le au club.',
      ],
      papers: ['Code Pass’Sport'],
    },
  },
  tarif_social_transport: {
    description:
      'Une réduction ou la gratuité des transports en commun selon les ressources, fixée par chaque réseau local.',
    procedure: {
      url: 'https://www.france-services.gouv.fr/',
      steps: [
        'Renseignez-vous auprès du CCAS, de la mairie ou de l’agence du réseau de transport avec une attestation de droits.',
      ],
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
    description:
      'Un conseiller numérique ou une maison France services vous aide gratuitement à faire vos démarches sur internet.',
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
  // ---- Issue 15
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

const M: RightPayment = { frequency: 'monthly' };
const NONE: RightPayment = { frequency: 'none' };

/** How each right is paid: the results screen adds only monthly amounts to a monthly total. */
const PAYMENTS: Readonly<Record<RightId, RightPayment>> = {
  rsa: M,
  ppa: M,
  css: {
    frequency: 'none',
    note: 'Pas d’argent versé : vos soins sont payés. La CSS participative coûte une petite somme chaque mois.',
  },
  aide_logement: { frequency: 'monthly', note: 'Versée chaque mois, parfois directement au propriétaire.' },
  af: M,
  cf: M,
  ars: { frequency: 'yearly', month: 8, note: 'Versée une fois, fin août.' },
  paje_base: M,
  asf: M,
  aah: M,
  aspa: M,
  ass: M,
  cheque_energie: { frequency: 'yearly', note: 'Envoyé une fois par an (en 2025, à partir de novembre).' },
  bourse_college: { frequency: 'yearly', note: 'Versée en 3 fois dans l’année scolaire.' },
  bourse_lycee: { frequency: 'yearly', note: 'Versée en 3 fois dans l’année scolaire.' },
  ame: { frequency: 'none', note: 'Pas d’argent versé : vos soins sont payés.' },
  puma: { frequency: 'none', note: 'Pas d’argent versé : vos soins sont remboursés.' },
  aeeh: M,
  pch: { frequency: 'monthly', note: 'Versée chaque mois ou sur facture, selon le plan d’aide.' },
  apa: {
    frequency: 'monthly',
    note: 'Versée chaque mois, souvent directement au service d’aide à domicile.',
  },
  cmi: NONE,
  fsl: { frequency: 'none', note: 'Aide ou prêt payé directement au propriétaire ou au fournisseur.' },
  logement_social: NONE,
  cej: { frequency: 'monthly', note: 'Une allocation chaque mois pendant le contrat, selon les ressources.' },
  inscription_france_travail: NONE,
  mission_locale: NONE,
  pass_sport: { frequency: 'none', note: 'Une réduction sur l’inscription au club, une fois par saison.' },
  tarif_social_transport: NONE,
  aide_juridictionnelle: {
    frequency: 'none',
    note: 'Les frais d’avocat et de justice sont payés à votre place.',
  },
  mediation_numerique: NONE,
  prime_naissance: { frequency: 'once', note: 'Versée une fois, au 7e mois de grossesse.' },
  cmg: M,
  prepare: M,
  conge_naissance: { frequency: 'monthly', note: 'Des indemnités pendant 1 ou 2 mois.' },
  ajpp: { frequency: 'monthly', note: 'Chaque mois, pour les jours de congé pris (22 par mois au plus).' },
  aripa: {
    frequency: 'none',
    note: 'La pension alimentaire passe par la CAF : ce n’est pas une aide en plus.',
  },
  tarif_social_cantine: NONE,
  bourse_crous: { frequency: 'monthly', note: 'Versée en 10 mensualités, de septembre à juin.' },
  prime_noel: { frequency: 'yearly', month: 12, note: 'Versée une fois, mi-décembre, sans démarche.' },
  asi: M,
  mva: M,
  allocation_veuvage: M,
  pension_reversion: M,
  demande_retraite: NONE,
  aide_menagere: { frequency: 'none', note: 'Des heures d’aide payées au service d’aide à domicile.' },
  complementaire_sante_senior: NONE,
  point_conseil_budget: NONE,
  garantie_visale: {
    frequency: 'none',
    note: 'Une caution : rien n’est versé, sauf au propriétaire en cas d’impayé.',
  },
  avance_loca_pass: { frequency: 'none', note: 'Un prêt à rembourser, versé au propriétaire.' },
  domiciliation: NONE,
  dalo: NONE,
  are: M,
  rqth: NONE,
  cir: NONE,
  aide_permis_apprenti: { frequency: 'once', note: 'Versée une fois, à l’auto-école ou à vous.' },
};

const PLEIN_EMPLOI = 'Loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi';

/** Duties that come with a right, in plain French (issue 15). */
const DUTIES: Readonly<Partial<Record<RightId, readonly RightDuty[]>>> = {
  rsa: [
    {
      text: 'Dès la demande, vous êtes inscrit à France Travail, vous et votre conjoint ou conjointe, sans démarche (depuis le 1er janvier 2025).',
      source: `${PLEIN_EMPLOI} ; code du travail, art. L5411-5-1`,
    },
    {
      text: 'Vous signez un contrat d’engagement avec votre référent (France Travail, département, mission locale ou Cap emploi) : il dit ce que vous ferez pour aller vers l’emploi.',
      source: 'Code de l’action sociale et des familles, art. L262-34 ; code du travail, art. L5411-6',
    },
    {
      text: 'Le contrat prévoit en général 15 heures d’activités par semaine (formation, stage, démarches, ateliers). Ce temps est réduit ou supprimé si votre santé, un handicap ou la garde d’un enfant l’exige.',
      source: `${PLEIN_EMPLOI}, art. 2 ; code du travail, art. L5411-6-1`,
    },
    {
      text: 'Si vous ne respectez pas le contrat sans raison valable, le RSA peut être suspendu en partie. Les sommes sont rendues si vous reprenez vos engagements dans les 3 mois.',
      source: 'Code de l’action sociale et des familles, art. L262-37',
    },
    {
      text: 'Avant une sanction, vous recevez un courrier et pouvez vous expliquer. Pour contester, écrivez d’abord au président du conseil départemental (dans les 2 mois), puis au tribunal administratif. Le CCAS, une association ou un point-justice peut vous aider.',
      source: 'Code de l’action sociale et des familles, art. L262-47',
    },
    {
      text: 'Déclarez vos ressources tous les 3 mois et tout changement (vie en couple, naissance, déménagement).',
      source: `${SP}F19778`,
    },
  ],
  ppa: [
    {
      text: 'Déclarez vos ressources tous les 3 mois sur caf.fr : sans déclaration, la prime s’arrête.',
      source: `${SP}F2882`,
    },
  ],
  ass: [
    {
      text: 'Restez inscrit à France Travail, actualisez-vous chaque mois et cherchez un emploi.',
      source: 'Code du travail, art. L5423-1 et L5426-1',
    },
    {
      text: 'Le droit est revu tous les 6 mois : renvoyez l’attestation de ressources à temps.',
      source: `${SP}F12484`,
    },
  ],
  are: [
    {
      text: 'Actualisez-vous chaque mois et faites les démarches prévues avec votre conseiller ; en cas de manquement, l’allocation peut être réduite ou supprimée. Vous pouvez contester auprès du médiateur de France Travail.',
      source: 'Code du travail, art. L5426-2',
    },
  ],
  cej: [
    {
      text: 'Suivez le programme prévu avec votre conseiller (15 à 20 heures par semaine au moins). Une absence sans justification peut réduire ou suspendre l’allocation.',
      source: `Code du travail, art. L5131-6 ; ${SP}F32700`,
    },
  ],
  aah: [
    {
      text: 'L’AAH est accordée pour une durée limitée (souvent 1 à 5 ans ; à vie quand le handicap ne peut pas s’améliorer, avec 80 % ou plus). Redemandez-la à la MDPH au moins 6 mois avant la fin.',
      source: `Code de la sécurité sociale, art. R821-5 ; ${SP}F12242`,
    },
    {
      text: 'Si vous travaillez, déclarez vos revenus tous les 3 mois à la CAF.',
      source: `${SP}F12242`,
    },
  ],
  css: [
    {
      text: 'La CSS est accordée pour un an : redemandez-la 2 mois avant la fin (elle est renouvelée sans demande avec le RSA).',
      source: `${SP}F10027`,
    },
  ],
  aspa: [
    {
      text: 'Déclarez tout changement de ressources ou de situation. Après le décès, l’ASPA versée peut être reprise sur l’héritage au-delà d’un seuil.',
      source: `${SP}F16871`,
    },
  ],
  asi: [
    {
      text: 'Déclarez à votre caisse tout changement de ressources ou de situation (vie en couple, travail).',
      source:
        'https://www.ameli.fr/assure/droits-demarches/invalidite-handicap/invalidite/allocation-supplementaire-invalidite-asi',
    },
  ],
  allocation_veuvage: [
    {
      text: 'Demandez-la dans les 2 ans après le décès. Déclarez un remariage, un Pacs ou une vie en couple : l’allocation s’arrête.',
      source: 'Code de la sécurité sociale, art. L356-1 à L356-4',
    },
  ],
  aide_logement: [
    {
      text: 'Déclarez tout changement (revenus, personnes au foyer, déménagement) : l’aide est recalculée tous les 3 mois.',
      source: `${SP}F12006`,
    },
  ],
  logement_social: [
    {
      text: 'Renouvelez la demande chaque année avant sa date anniversaire, sinon elle est annulée.',
      source: `${SP}F869`,
    },
  ],
  inscription_france_travail: [
    {
      text: 'Actualisez-vous chaque mois, allez aux rendez-vous et faites les démarches prévues dans votre contrat d’engagement.',
      source: `${PLEIN_EMPLOI} ; code du travail, art. L5411-6`,
    },
  ],
  domiciliation: [
    {
      text: 'L’adresse est valable un an et se renouvelle. Passez ou appelez au moins une fois tous les 3 mois pour la garder.',
      source: `${SP}F17317`,
    },
  ],
  cir: [
    {
      text: 'Le contrat est obligatoire pour obtenir ensuite une carte de séjour de plusieurs années : suivez les cours et la formation prévus.',
      source: 'Code de l’entrée et du séjour des étrangers et du droit d’asile, art. L413-2',
    },
  ],
  garantie_visale: [
    {
      text: 'Si Visale paie le propriétaire à votre place, vous devez rembourser Action Logement (un échéancier est possible).',
      source: 'https://www.visale.fr/',
    },
  ],
  avance_loca_pass: [
    {
      text: 'Remboursez le prêt au moins 20 € par mois, en 25 mois au plus.',
      source: 'https://www.actionlogement.fr/',
    },
  ],
};

export const RIGHT_DETAILS: Readonly<Record<RightId, RightDetails>> = Object.fromEntries(
  (Object.keys(TEXTS) as RightId[]).map((id) => {
    const duties = DUTIES[id];
    return [
      id,
      duties ? { ...TEXTS[id], payment: PAYMENTS[id], duties } : { ...TEXTS[id], payment: PAYMENTS[id] },
    ];
  }),
) as Record<RightId, RightDetails>;
