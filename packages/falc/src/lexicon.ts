// Word lists behind the heuristic rules. Written for social-rights texts; extend them through options
// (hardWords) rather than forking. Phrases are lower case; plurals in -s/-x are matched automatically.

import type { Lang } from './types.js';

/** Administrative words that a FALC text must explain in its glossary. */
export const HARD_WORDS: Record<Lang, readonly string[]> = {
  fr: [
    'abattement',
    'allocataire',
    'allocation',
    'attestation',
    "avis d'imposition",
    'ayant droit',
    'bailleur',
    'barème',
    'bénéficiaire',
    'caution',
    'complémentaire santé',
    'concubin',
    'concubinage',
    'conjoint',
    'cotisation',
    'créance',
    'curatelle',
    'dépôt de garantie',
    'dérogation',
    'domiciliation',
    'éligible',
    'éligibilité',
    'expulsion',
    'foyer fiscal',
    'forfaitaire',
    'franchise médicale',
    'impayé',
    'indu',
    'insertion',
    'invalidité',
    'justificatif',
    'majoration',
    'mandataire',
    'médiation',
    'minimum vieillesse',
    'mutuelle',
    'notification',
    'pension alimentaire',
    'pension de réversion',
    "perte d'autonomie",
    'plafond',
    'prélèvement',
    'prestation',
    'prorata',
    'quotient familial',
    'récépissé',
    'recouvrement',
    'rétroactif',
    'revenu fiscal de référence',
    'surendettement',
    "taux d'incapacité",
    'tiers payant',
    'titre de séjour',
    'trimestriel',
    'trimestrielle',
    'tutelle',
    'ressources',
    'apprentissage',
    'téléservice',
    'échelon',
    "demandeur d'emploi",
    'mise en demeure',
    'rente',
    'subsidiaire',
  ],
  en: [
    'allowance',
    'means-tested',
    'entitlement',
    'eligible',
    'eligibility',
    'residence permit',
    'tax notice',
    'reimbursement',
    'supplementary',
    'dependant',
    'guardianship',
    'arrears',
    'claimant',
    'jobseeker',
  ],
};

export interface LexiconHint {
  phrase: string;
  /** An easier way to say it, shown in the message. */
  hint?: string;
}

/** Images and idioms: readers may take them word for word. */
export const FIGURATIVE: Record<Lang, readonly LexiconHint[]> = {
  fr: [
    { phrase: 'coup de pouce', hint: 'une aide' },
    { phrase: 'coup de main', hint: 'une aide' },
    { phrase: "bouffée d'oxygène" },
    { phrase: 'filet de sécurité', hint: 'une aide quand tout va mal' },
    { phrase: 'parcours du combattant', hint: 'difficile et long' },
    { phrase: 'casse-tête', hint: 'difficile' },
    { phrase: 'usine à gaz', hint: 'compliqué' },
    { phrase: 'mille-feuille', hint: 'beaucoup de règles' },
    { phrase: 'boîte noire' },
    { phrase: "porte d'entrée", hint: 'le premier endroit où aller' },
    { phrase: 'feu vert', hint: "l'accord" },
    { phrase: 'joindre les deux bouts', hint: "payer ce qu'il faut chaque mois" },
    { phrase: 'tirer le diable par la queue', hint: "avoir peu d'argent" },
    { phrase: 'mettre la main à la pâte', hint: 'aider' },
    { phrase: "jeter l'éponge", hint: 'arrêter' },
    { phrase: 'bout du tunnel' },
    { phrase: 'sésame', hint: 'le document qui donne accès' },
    { phrase: 'tremplin' },
    { phrase: 'clé en main', hint: 'prêt à utiliser' },
    { phrase: 'feuille de route', hint: 'le plan' },
    { phrase: 'main tendue' },
    { phrase: 'bras de fer' },
    { phrase: "en un clin d'œil", hint: 'très vite' },
    { phrase: 'cerise sur le gâteau' },
    { phrase: "goutte d'eau" },
    { phrase: 'pierre angulaire' },
    { phrase: 'fer de lance' },
    { phrase: "tomber à l'eau", hint: 'ne pas se faire' },
    { phrase: 'la bonne porte', hint: 'le bon endroit' },
    { phrase: 'baisser les bras', hint: 'arrêter' },
  ],
  en: [
    { phrase: 'safety net' },
    { phrase: 'helping hand', hint: 'help' },
    { phrase: 'red tape', hint: 'paperwork' },
    { phrase: 'make ends meet', hint: 'pay for what you need' },
    { phrase: 'piece of cake', hint: 'easy' },
    { phrase: 'in a nutshell', hint: 'in short' },
    { phrase: 'a leg up', hint: 'help' },
    { phrase: 'green light', hint: 'agreement' },
    { phrase: 'hit the ground running' },
  ],
};

/** Rare or formal words with a plainer choice. */
export const RARE_WORDS: Record<Lang, readonly LexiconHint[]> = {
  fr: [
    { phrase: 'afférent' },
    { phrase: 'afférente' },
    { phrase: 'nonobstant', hint: 'malgré' },
    { phrase: 'idoine', hint: 'qui convient' },
    { phrase: 'susmentionné' },
    { phrase: 'susvisé' },
    { phrase: 'ledit' },
    { phrase: 'ladite' },
    { phrase: 'lesdits' },
    { phrase: 'lesdites' },
    { phrase: 'dûment' },
    { phrase: 'moyennant', hint: 'contre' },
    { phrase: 'subséquemment', hint: 'ensuite' },
    { phrase: 'ci-après' },
    { phrase: 'a fortiori' },
    { phrase: 'in fine', hint: 'à la fin' },
    { phrase: 'ipso facto' },
    { phrase: 'de facto' },
    { phrase: 'préalablement', hint: 'avant' },
    { phrase: 'incombe', hint: 'doit' },
    { phrase: 'le cas échéant', hint: "si c'est le cas" },
    { phrase: 'néanmoins', hint: 'mais' },
    { phrase: 'toutefois', hint: 'mais' },
    { phrase: 'dorénavant', hint: 'à partir de maintenant' },
    { phrase: 'percevoir', hint: 'recevoir' },
    { phrase: 'percevez', hint: 'recevez' },
    { phrase: 'perçoit', hint: 'reçoit' },
    { phrase: 'perçu', hint: 'reçu' },
    { phrase: 'solliciter', hint: 'demander' },
    { phrase: 'effectuer', hint: 'faire' },
    { phrase: 'procéder', hint: 'faire' },
    { phrase: 'octroyer', hint: 'donner' },
    { phrase: 'octroi', hint: 'le don' },
    { phrase: 'requis', hint: 'demandé' },
    { phrase: 'à compter du', hint: 'à partir du' },
    { phrase: 'à compter de', hint: 'à partir de' },
    { phrase: 'eu égard', hint: 'à cause de' },
    { phrase: 'vis-à-vis', hint: 'pour' },
    { phrase: 'conformément', hint: 'comme le dit' },
    { phrase: 'subvenir', hint: 'payer' },
    { phrase: 'bénéficier', hint: 'avoir' },
    { phrase: 'bénéficiez', hint: 'avez' },
  ],
  en: [
    { phrase: 'pursuant to', hint: 'under' },
    { phrase: 'aforementioned' },
    { phrase: 'hereby' },
    { phrase: 'thereof' },
    { phrase: 'notwithstanding', hint: 'despite' },
    { phrase: 'henceforth', hint: 'from now on' },
    { phrase: 'whereas' },
    { phrase: 'in lieu of', hint: 'instead of' },
    { phrase: 'commence', hint: 'start' },
    { phrase: 'endeavour', hint: 'try' },
    { phrase: 'utilise', hint: 'use' },
    { phrase: 'utilize', hint: 'use' },
  ],
};

/** Numbers written in letters (« un », « une », « neuf » are left out: they are mostly not numbers). */
export const NUMBER_WORDS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set([
    'deux',
    'trois',
    'quatre',
    'cinq',
    'six',
    'sept',
    'huit',
    'dix',
    'onze',
    'douze',
    'treize',
    'quatorze',
    'quinze',
    'seize',
    'vingt',
    'vingts',
    'trente',
    'quarante',
    'cinquante',
    'soixante',
    'septante',
    'huitante',
    'nonante',
    'cent',
    'cents',
    'mille',
  ]),
  en: new Set([
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'twenty',
    'thirty',
    'forty',
    'fifty',
    'sixty',
    'hundred',
    'thousand',
  ]),
};

export const LARGE_NUMBER_WORDS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['million', 'millions', 'milliard', 'milliards']),
  en: new Set(['million', 'millions', 'billion', 'billions']),
};

/** Words that explain a percentage or a large number next to it. */
export const NUMBER_EXPLANATION: Record<Lang, RegExp> = {
  fr: /c'est-à-dire|moitié|tiers|quart|beaucoup|presque tout|\d+ (?:\p{L}+ )?sur \d+/u,
  en: /that is|that means|half|a third|a quarter|\d+ (?:\p{L}+ )?(?:in|out of) \d+/u,
};

export interface AbbreviationPattern {
  re: RegExp;
  full: string;
  /** Lower-case text that must be in the sentence for the pattern to match (a fast pre-check). */
  probe: string;
}

export const ABBREVIATIONS: Record<Lang, readonly AbbreviationPattern[]> = {
  fr: [
    { re: /\betc\b\.?/giu, full: 'et les autres', probe: 'etc' },
    { re: /(?<![\p{L}])M\.(?=\s)/gu, full: 'Monsieur', probe: 'm.' },
    { re: /\bMmes?\b\.?/gu, full: 'Madame', probe: 'mme' },
    { re: /\bMlle\b\.?/gu, full: 'Madame', probe: 'mlle' },
    { re: /\bn°/giu, full: 'numéro', probe: 'n°' },
    { re: /\bcf\./giu, full: 'voir', probe: 'cf.' },
    { re: /(?<![\p{L}])ex\.(?=\s)/giu, full: 'par exemple', probe: 'ex.' },
    { re: /\benv\./giu, full: 'environ', probe: 'env.' },
    { re: /\bc\.-à-d\./giu, full: "c'est-à-dire", probe: 'c.-à-d.' },
    { re: /\btél\./giu, full: 'téléphone', probe: 'tél.' },
    { re: /\bréf\./giu, full: 'référence', probe: 'réf.' },
    { re: /\bart\.(?=\s)/giu, full: 'article', probe: 'art.' },
    { re: /\bsvp\b/giu, full: "s'il vous plaît", probe: 'svp' },
    { re: /\bmax\.(?=\s)/giu, full: 'au plus', probe: 'max.' },
    { re: /\bmin\.(?=\s)/giu, full: 'au moins', probe: 'min.' },
  ],
  en: [
    { re: /\betc\b\.?/giu, full: 'and others', probe: 'etc' },
    { re: /\be\.g\./giu, full: 'for example', probe: 'e.g.' },
    { re: /\bi\.e\./giu, full: 'that is', probe: 'i.e.' },
    { re: /\bapprox\./giu, full: 'about', probe: 'approx.' },
    { re: /\bno\.(?=\s*\d)/giu, full: 'number', probe: 'no.' },
    { re: /\bMr\b\.?/gu, full: 'Mister', probe: 'mr' },
    { re: /\bMrs\b\.?/gu, full: 'Missis', probe: 'mrs' },
  ],
};

// --- Negation and passive voice (French) ---

export const NE_PARTNERS = new Set([
  'pas',
  'plus',
  'jamais',
  'rien',
  'aucun',
  'aucune',
  'personne',
  'guère',
  'point',
  'nulle',
  'ni',
]);
/** Words that are themselves negative: with a « ne … pas » they make a double negation. */
export const NEGATIVE_WORDS_FR = new Set([
  'sans',
  'non',
  'impossible',
  'impossibles',
  'inutile',
  'inutiles',
  'interdit',
  'interdite',
  'interdits',
  'incapable',
  'incapables',
  'inconnu',
  'inconnue',
  'illégal',
  'illégale',
  'incorrect',
  'incorrecte',
  'inexact',
  'inexacte',
  'rare',
  'rares',
  'faux',
  'fausse',
  'refus',
  'refusé',
  'refusée',
]);

export const ETRE_FORMS = new Set([
  'suis',
  'es',
  'est',
  'sommes',
  'êtes',
  'sont',
  'étais',
  'était',
  'étions',
  'étiez',
  'étaient',
  'serai',
  'seras',
  'sera',
  'serons',
  'serez',
  'seront',
  'serais',
  'serait',
  'serions',
  'seriez',
  'seraient',
  'sois',
  'soit',
  'soyons',
  'soyez',
  'soient',
  'être',
  'été',
  'fut',
  'furent',
]);

export const PASSIVE_SKIP_FR = new Set([
  'pas',
  'plus',
  'bien',
  'déjà',
  'toujours',
  'souvent',
  'jamais',
  'aussi',
  'encore',
  'vite',
  'alors',
  'parfois',
  'ensuite',
]);

export const PARTICIPLE_FR =
  /^\p{L}{2,}(é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|eint|einte|aint|ainte|uit|uite|uits|uites)$/u;

/** Words ending like a past participle that are adjectives, states or verbs of movement after « être ». */
export const NOT_PASSIVE_FR = new Set(
  (
    'âgé âgée âgés âgées marié mariée mariés mariées pacsé pacsée pacsés pacsées séparé séparée séparés ' +
    'séparées divorcé divorcée divorcés divorcées salarié salariée salariés salariées handicapé handicapée ' +
    'handicapés handicapées retraité retraitée retraités retraitées né née nés nées allé allée allés allées ' +
    'venu venue venus venues arrivé arrivée arrivés arrivées parti partie partis parties resté restée restés ' +
    'restées devenu devenue devenus devenues tombé tombée tombés tombées passé passée passés passées entré ' +
    'entrée entrés entrées sorti sortie sortis sorties rentré rentrée rentrés rentrées revenu revenue revenus ' +
    'revenues retourné retournée retournés retournées monté montée montés montées descendu descendue ' +
    'descendus descendues inscrit inscrite inscrits inscrites hébergé hébergée hébergés hébergées enceinte ' +
    'seul seule seuls seules sûr sûre sûrs sûres prêt prête prêts prêtes ici aussi déjà ami amie amis amies ' +
    'obligé obligée obligés obligées malade malades gratuit gratuite gratuits gratuites petit petite petits ' +
    'petites étudiant étudiante apprenti apprentie apprentis apprenties célibataire veuf veuve fini finie ' +
    'assuré assurée assurés assurées employé employée employés employées concerné concernée concernés ' +
    'concernées installé installée installés installées ouvert ouverte ouverts ouvertes situé située situés ' +
    'situées connu connue connus connues écrit écrite tenu tenue tenus tenues'
  ).split(' '),
);

export const EN_BE_FORMS = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
export const EN_IRREGULAR_PARTICIPLES = new Set([
  'paid',
  'given',
  'sent',
  'made',
  'done',
  'taken',
  'seen',
  'known',
  'shown',
  'told',
  'found',
  'held',
  'kept',
  'written',
  'sold',
  'built',
  'brought',
  'bought',
  'chosen',
  'spent',
  'set',
  'put',
]);
export const EN_NOT_PASSIVE = new Set([
  'married',
  'retired',
  'disabled',
  'unemployed',
  'employed',
  'tired',
  'interested',
  'worried',
  'pleased',
  'self-employed',
  'based',
  'need',
  'used',
]);

// --- One idea per sentence ---

export const SUBORDINATORS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set([
    'qui',
    'que',
    'dont',
    'où',
    'lorsque',
    'quand',
    'puisque',
    'quoique',
    'lequel',
    'laquelle',
    'lesquels',
    'lesquelles',
    'auquel',
    'auxquels',
    'duquel',
  ]),
  en: new Set(['which', 'who', 'whom', 'whose', 'whereas', 'although', 'because', 'unless', 'whenever']),
};
export const COORDINATORS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['mais', 'car', 'donc', 'puis', 'cependant', 'pourtant']),
  en: new Set(['but', 'so', 'yet', 'however', 'therefore']),
};
export const AND_OR: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['et', 'ou']),
  en: new Set(['and', 'or']),
};
