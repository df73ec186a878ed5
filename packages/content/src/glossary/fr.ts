// French glossary. Hard words and acronyms of the explanations with easy definitions; the same id names the
// same idea in every locale. Loaded on demand by loadExplanation; the content gate checks every definition.
import type { GlossaryEntry } from '../types.js';

const entries: readonly GlossaryEntry[] = [
  {
    id: 'caf',
    term: 'CAF',
    aliases: ["Caisse d'allocations familiales"],
    definition:
      "La CAF est la Caisse d'allocations familiales.\nElle verse des aides en argent.\nPar exemple : aux familles ou aux personnes qui ont peu d'argent.",
  },
  {
    id: 'msa',
    term: 'MSA',
    aliases: ['Mutualité sociale agricole'],
    definition:
      "La MSA est la Mutualité sociale agricole.\nElle verse les aides aux personnes qui travaillent dans l'agriculture.\nElle fait le même travail que la CAF.",
  },
  {
    id: 'ccas',
    term: 'CCAS',
    aliases: ["centre communal d'action sociale"],
    definition:
      "Le CCAS est le centre communal d'action sociale.\nC'est un service de votre mairie.\nIl aide les personnes qui ont des difficultés.",
  },
  {
    id: 'cpam',
    term: 'CPAM',
    aliases: ["caisse primaire d'assurance maladie"],
    definition: "La CPAM est la caisse primaire d'assurance maladie.\nElle rembourse vos soins de santé.",
  },
  {
    id: 'assurance_maladie',
    term: 'Assurance Maladie',
    definition:
      "L'Assurance Maladie paie une grande partie de vos soins.\nPar exemple : le médecin, les médicaments, l'hôpital.",
  },
  {
    id: 'mdph',
    term: 'MDPH',
    aliases: ['maison départementale des personnes handicapées'],
    definition:
      'La MDPH est la maison départementale des personnes handicapées.\nElle décide des aides pour les personnes qui ont un handicap.',
  },
  {
    id: 'france_services',
    term: 'France Services',
    definition:
      "Un lieu France Services est un lieu près de chez vous.\nDes personnes vous aident pour vos papiers.\nC'est gratuit.",
  },
  {
    id: 'france_travail',
    term: 'France Travail',
    definition:
      "France Travail est le service public pour l'emploi.\nIl aide les personnes qui cherchent un travail.",
  },
  {
    id: 'mission_locale',
    term: 'Mission locale',
    definition:
      'La Mission locale aide les jeunes de 16 ans à 25 ans.\nElle aide pour le travail, la formation et la vie de tous les jours.',
  },
  {
    id: 'conseiller_numerique',
    term: 'conseiller numérique',
    aliases: ['conseillers numériques'],
    definition:
      "Un conseiller numérique vous aide à utiliser internet.\nIl aide aussi avec un ordinateur ou un téléphone.\nC'est gratuit.",
  },
  {
    id: 'mediation_numerique',
    term: 'médiation numérique',
    aliases: ['médiation'],
    definition:
      'La médiation numérique est une aide pour utiliser internet.\nDes personnes vous aident pour vos démarches en ligne.',
  },
  {
    id: 'point_justice',
    term: 'point-justice',
    definition:
      'Un point-justice est un lieu gratuit.\nDes personnes répondent à vos questions sur la loi et vos droits.',
  },
  {
    id: 'departement',
    term: 'département',
    aliases: ['conseil départemental'],
    definition:
      'Le département est une partie de la France.\nIl a un conseil départemental.\nCe conseil paie des aides.\nPar exemple : pour le handicap ou pour les personnes âgées.',
  },
  {
    id: 'rsa',
    term: 'RSA',
    aliases: ['revenu de solidarité active'],
    definition:
      "Le RSA est le revenu de solidarité active.\nC'est de l'argent pour vivre.\nIl est pour les personnes qui ont très peu d'argent.",
  },
  {
    id: 'ass',
    term: 'ASS',
    aliases: ['allocation de solidarité spécifique'],
    definition:
      "L'ASS est l'allocation de solidarité spécifique.\nC'est de l'argent pour les personnes qui cherchent un travail.\nElle arrive après la fin du chômage.",
  },
  {
    id: 'aspa',
    term: 'ASPA',
    aliases: ['allocation de solidarité aux personnes âgées', 'minimum vieillesse'],
    definition:
      "L'ASPA est l'allocation de solidarité aux personnes âgées.\nOn dit aussi le minimum vieillesse.\nElle complète une petite retraite.",
  },
  {
    id: 'aah',
    term: 'AAH',
    aliases: ['allocation aux adultes handicapés'],
    definition:
      "L'AAH est l'allocation aux adultes handicapés.\nC'est de l'argent pour vivre quand on a un handicap.",
  },
  {
    id: 'aeeh',
    term: 'AEEH',
    aliases: ["allocation d'éducation de l'enfant handicapé"],
    definition:
      "L'AEEH est l'allocation d'éducation de l'enfant handicapé.\nC'est de l'argent pour un enfant qui a un handicap.",
  },
  {
    id: 'pch',
    term: 'PCH',
    aliases: ['prestation de compensation du handicap'],
    definition:
      'La PCH est la prestation de compensation du handicap.\nElle paie des aides utiles à cause du handicap.',
  },
  {
    id: 'apa',
    term: 'APA',
    aliases: ["allocation personnalisée d'autonomie"],
    definition:
      "L'APA est l'allocation personnalisée d'autonomie.\nElle aide les personnes âgées qui ont besoin d'aide pour vivre.",
  },
  {
    id: 'cmi',
    term: 'CMI',
    aliases: ['carte mobilité inclusion'],
    definition:
      "La CMI est la carte mobilité inclusion.\nC'est une carte pour les personnes qui ont un handicap.",
  },
  {
    id: 'fsl',
    term: 'FSL',
    aliases: ['fonds de solidarité pour le logement'],
    definition: 'Le FSL est le fonds de solidarité pour le logement.\nIl aide à payer des frais de logement.',
  },
  {
    id: 'cej',
    term: 'CEJ',
    aliases: ["contrat d'engagement jeune"],
    definition: "Le CEJ est le contrat d'engagement jeune.\nIl aide les jeunes à trouver un travail.",
  },
  {
    id: 'ame',
    term: 'AME',
    aliases: ["aide médicale de l'État"],
    definition:
      "L'AME est l'aide médicale de l'État.\nElle paie les soins des personnes étrangères sans titre de séjour.",
  },
  {
    id: 'puma',
    term: 'PUMa',
    aliases: ['protection universelle maladie'],
    definition:
      "La PUMa est la protection universelle maladie.\nElle donne l'Assurance Maladie aux personnes qui travaillent ou habitent en France.",
  },
  {
    id: 'ars',
    term: 'ARS',
    aliases: ['allocation de rentrée scolaire'],
    definition:
      "L'ARS est l'allocation de rentrée scolaire.\nC'est de l'argent pour acheter les affaires d'école.",
  },
  {
    id: 'asf',
    term: 'ASF',
    aliases: ['allocation de soutien familial'],
    definition: "L'ASF est l'allocation de soutien familial.\nElle aide un parent qui élève seul son enfant.",
  },
  {
    id: 'paje',
    term: 'PAJE',
    aliases: ["prestation d'accueil du jeune enfant"],
    definition:
      "La PAJE est la prestation d'accueil du jeune enfant.\nCe sont des aides de la CAF pour les jeunes enfants.",
  },
  {
    id: 'apl',
    term: 'APL',
    aliases: ['aide personnalisée au logement'],
    definition: "L'APL est l'aide personnalisée au logement.\nElle aide à payer le loyer.",
  },
  {
    id: 'alf',
    term: 'ALF',
    aliases: ['allocation de logement familiale'],
    definition: "L'ALF est l'allocation de logement familiale.\nElle aide les familles à payer le loyer.",
  },
  {
    id: 'als',
    term: 'ALS',
    aliases: ['allocation de logement sociale'],
    definition:
      "L'ALS est l'allocation de logement sociale.\nElle aide d'autres personnes à payer le loyer.\nPar exemple : les étudiants.",
  },
  {
    id: 'hlm',
    term: 'HLM',
    aliases: ['habitation à loyer modéré'],
    definition:
      "HLM veut dire habitation à loyer modéré.\nC'est un logement social.\nSon loyer est plus bas.",
  },
  {
    id: 'adil',
    term: 'ADIL',
    aliases: ["agence départementale d'information sur le logement"],
    definition:
      "L'ADIL est l'agence départementale d'information sur le logement.\nElle répond à vos questions sur le logement.\nC'est gratuit.",
  },
  {
    id: 'pmi',
    term: 'PMI',
    aliases: ['protection maternelle et infantile'],
    definition:
      "La PMI est la protection maternelle et infantile.\nElle suit la santé des femmes enceintes et des jeunes enfants.\nC'est gratuit.",
  },
  {
    id: 'cv',
    term: 'CV',
    aliases: ['curriculum vitae'],
    definition: 'Un CV est une feuille qui vous présente.\nIl dit vos études et vos emplois.',
  },
  {
    id: 'allocation',
    term: 'allocation',
    definition: "Une allocation est une somme d'argent.\nL'État ou une caisse vous la verse.",
  },
  {
    id: 'prestation',
    term: 'prestation',
    definition: "Une prestation est une aide.\nElle peut être de l'argent ou un service.",
  },
  {
    id: 'titre_sejour',
    term: 'titre de séjour',
    definition:
      'Un titre de séjour est un papier officiel.\nIl permet à une personne étrangère de vivre en France.',
  },
  {
    id: 'rfr',
    term: 'revenu fiscal de référence',
    definition:
      "Le revenu fiscal de référence est un nombre.\nIl est écrit sur votre avis d'imposition.\nIl montre les revenus de votre foyer.",
  },
  {
    id: 'avis_imposition',
    term: "avis d'imposition",
    definition:
      "L'avis d'imposition est une lettre des impôts.\nVous la recevez chaque année en été.\nVous la recevez aussi avec de petits revenus.",
  },
  {
    id: 'declaration_revenus',
    term: 'déclaration de revenus',
    definition:
      'La déclaration de revenus dit aux impôts ce que vous avez gagné.\nVous la faites chaque année au printemps.',
  },
  {
    id: 'css',
    term: 'complémentaire santé solidaire',
    definition:
      "La complémentaire santé solidaire aide à payer les soins.\nElle paie le reste après l'Assurance Maladie.\nElle est gratuite ou coûte peu.",
  },
  {
    id: 'complementaire',
    term: 'complémentaire santé',
    aliases: ['mutuelle'],
    definition:
      "Une complémentaire santé paie une partie des soins.\nElle paie le reste après l'Assurance Maladie.\nOn dit aussi une mutuelle.",
  },
  {
    id: 'carte_vitale',
    term: 'carte Vitale',
    definition:
      "La carte Vitale est la carte verte de l'Assurance Maladie.\nVous la donnez chez le médecin et à la pharmacie.",
  },
  {
    id: 'numero_secu',
    term: 'numéro de sécurité sociale',
    definition: 'Le numéro de sécurité sociale est écrit sur votre carte Vitale.\nIl a 15 chiffres.',
  },
  {
    id: 'pass',
    term: "permanence d'accès aux soins de santé",
    definition:
      "C'est un service de l'hôpital.\nIl soigne les personnes qui ont du mal à se soigner.\nPar exemple : les personnes à la rue.",
  },
  {
    id: 'taux_incapacite',
    term: "taux d'incapacité",
    definition: "Le taux d'incapacité dit à quel point le handicap gêne la vie.\nLa MDPH donne ce taux.",
  },
  {
    id: 'perte_autonomie',
    term: "perte d'autonomie",
    definition:
      "La perte d'autonomie, c'est avoir besoin d'aide pour vivre chaque jour.\nPar exemple : pour se laver ou s'habiller.",
  },
  {
    id: 'pension_alimentaire',
    term: 'pension alimentaire',
    definition:
      "La pension alimentaire est de l'argent pour l'enfant.\nUn parent la paie à l'autre parent.\nElle sert à élever l'enfant.",
  },
  {
    id: 'depot_garantie',
    term: 'dépôt de garantie',
    definition:
      "Le dépôt de garantie est de l'argent pour le propriétaire.\nVous le donnez en entrant dans le logement.\nIl vous le rend à votre départ.",
  },
  {
    id: 'attestation',
    term: 'attestation',
    definition:
      'Une attestation est un papier officiel.\nIl prouve quelque chose.\nPar exemple : il prouve que vous recevez une aide.',
  },
  {
    id: 'apprentissage',
    term: 'apprentissage',
    aliases: ['apprenti', 'apprentie'],
    definition:
      "L'apprentissage est une façon d'apprendre un métier.\nVous travaillez dans une entreprise.\nVous allez aussi en cours.",
  },
  {
    id: 'chomage',
    term: 'chômage',
    definition: "Le chômage est de l'argent après la perte d'un travail.\nFrance Travail verse cet argent.",
  },
  {
    id: 'caisse_retraite',
    term: 'caisse de retraite',
    definition: 'La caisse de retraite paie votre retraite.\nPar exemple : la Carsat ou la MSA.',
  },
  {
    id: 'scolarite_services',
    term: 'Scolarité services',
    definition:
      "Scolarité services est un site internet de l'Éducation nationale.\nVous y faites des démarches pour l'école de vos enfants.",
  },
  {
    id: 'action_logement',
    term: 'Action Logement',
    definition: 'Action Logement aide les salariés à trouver un logement.\nLes employeurs paient cette aide.',
  },
  {
    id: 'logement_social',
    term: 'logement social',
    aliases: ['logements sociaux'],
    definition:
      'Un logement social est un logement avec un loyer plus bas.\nIl est pour les personnes qui ont des revenus assez petits.',
  },
  {
    id: 'tarif_social',
    term: 'tarif social',
    definition: "Le tarif social est un prix plus bas.\nIl est pour les personnes qui ont peu d'argent.",
  },
  {
    id: 'aide_juridictionnelle',
    term: 'aide juridictionnelle',
    definition:
      "L'aide juridictionnelle paie l'avocat et les frais de justice.\nElle est pour les personnes qui ont peu d'argent.",
  },
  // Added with issue 15
  {
    id: 'crous',
    term: 'Crous',
    definition: 'Le Crous aide les étudiants.\nIl donne des bourses et des logements.',
  },
  {
    id: 'ofii',
    term: 'OFII',
    aliases: ["Office français de l'immigration et de l'intégration"],
    definition: "L'OFII aide les personnes qui arrivent en France.\nIl organise les cours de français.",
  },
  {
    id: 'rqth',
    term: 'RQTH',
    aliases: ['reconnaissance de la qualité de travailleur handicapé'],
    definition: "La RQTH dit qu'une personne est un travailleur handicapé.\nLa MDPH la donne.",
  },
  {
    id: 'dalo',
    term: 'DALO',
    aliases: ['droit au logement opposable'],
    definition: 'Le DALO est un recours pour avoir un logement.\nUne commission décide qui passe en premier.',
  },
  {
    id: 'visale',
    term: 'Visale',
    definition: "Visale est une caution gratuite.\nElle paie le propriétaire si le loyer n'est pas payé.",
  },
  {
    id: 'caution',
    term: 'caution',
    definition:
      'Une caution est une personne ou un organisme.\nIl paie le loyer si le locataire ne paie pas.',
  },
  {
    id: 'invalidite',
    term: 'invalidité',
    aliases: ["pension d'invalidité"],
    definition:
      "L'invalidité, c'est ne plus pouvoir bien travailler à cause de sa santé.\nL'Assurance maladie peut verser une pension d'invalidité.",
  },
  {
    id: 'reversion',
    term: 'réversion',
    aliases: ['pension de réversion'],
    definition:
      "La réversion est une partie de la retraite d'une personne décédée.\nElle est versée à son mari ou à sa femme.",
  },
  {
    id: 'conjoint',
    term: 'conjoint',
    aliases: ['conjointe'],
    definition:
      "Votre conjoint est votre mari ou votre femme.\nC'est aussi la personne avec qui vous vivez en couple.",
  },
  {
    id: 'majoration',
    term: 'majoration',
    definition: "Une majoration est une somme en plus.\nElle s'ajoute à une aide.",
  },
  {
    id: 'surendettement',
    term: 'surendettement',
    definition: "Le surendettement, c'est avoir trop de dettes.\nOn ne peut plus les payer.",
  },
  {
    id: 'domiciliation',
    term: 'domiciliation',
    definition:
      'La domiciliation est une adresse pour recevoir son courrier.\nElle est pour les personnes sans logement stable.',
  },
  {
    id: 'aer',
    term: 'AER',
    aliases: ['allocation équivalent retraite'],
    definition:
      "L'AER est une ancienne aide pour les personnes âgées sans travail.\nQuelques personnes la reçoivent encore.",
  },
  {
    id: 'pajemploi',
    term: 'Pajemploi',
    definition:
      "Pajemploi est un site internet.\nLes parents y déclarent le salaire de la personne qui garde l'enfant.",
  },
  {
    id: 'conge_parental',
    term: 'congé parental',
    definition: "Le congé parental est un arrêt du travail.\nIl sert à s'occuper de son enfant.",
  },
];

export default entries;
