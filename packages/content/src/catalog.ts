// The rights that have an explanation, with their French and English titles: all that a list of rights
// needs. The Arabic titles are in ./titles.ar.ts, fetched only on an Arabic page; the texts are in
// ./rights/<id>.ts, loaded on demand (see lazy.ts), so that a widget showing the list stays light.
import type { IndexEntry } from './types.js';

export const CONTENT_INDEX: readonly IndexEntry[] = [
  // Money to live on
  { id: 'rsa', title: { fr: 'Le revenu de solidarité active (RSA)', en: 'RSA (income support)' } },
  { id: 'ppa', title: { fr: "La prime d'activité", en: 'Prime d’activité (in-work top-up)' } },
  { id: 'ass', title: { fr: "L'allocation de solidarité spécifique (ASS)", en: 'ASS (job seeker support)' } },
  {
    id: 'aspa',
    title: {
      fr: "L'allocation de solidarité aux personnes âgées (ASPA)",
      en: 'ASPA (pension top-up for older people)',
    },
  },
  { id: 'cheque_energie', title: { fr: 'Le chèque énergie', en: 'Energy cheque (chèque énergie)' } },
  // Families and children
  { id: 'af', title: { fr: 'Les allocations familiales', en: 'Family allowance (allocations familiales)' } },
  { id: 'cf', title: { fr: 'Le complément familial', en: 'Family supplement (complément familial)' } },
  {
    id: 'ars',
    title: { fr: "L'allocation de rentrée scolaire (ARS)", en: 'Back-to-school allowance (ARS)' },
  },
  {
    id: 'paje_base',
    title: { fr: "L'allocation de base de la PAJE", en: 'PAJE basic allowance (for young children)' },
  },
  {
    id: 'asf',
    title: { fr: "L'allocation de soutien familial (ASF)", en: 'Family support allowance (ASF)' },
  },
  { id: 'bourse_college', title: { fr: 'La bourse de collège', en: 'Secondary school grant (collège)' } },
  { id: 'bourse_lycee', title: { fr: 'La bourse de lycée', en: 'High school grant (lycée)' } },
  { id: 'pass_sport', title: { fr: "Le Pass'Sport", en: "Pass'Sport (money for a sports club)" } },
  // Health
  {
    id: 'css',
    title: {
      fr: 'La complémentaire santé solidaire',
      en: 'Complémentaire santé solidaire (extra health cover)',
    },
  },
  { id: 'ame', title: { fr: "L'aide médicale de l'État (AME)", en: 'State medical aid (AME)' } },
  {
    id: 'puma',
    title: { fr: "L'Assurance Maladie pour tous (PUMa)", en: 'Health insurance for all (PUMa)' },
  },
  // Disability and old age
  {
    id: 'aah',
    title: { fr: "L'allocation aux adultes handicapés (AAH)", en: 'Adult disability allowance (AAH)' },
  },
  {
    id: 'aeeh',
    title: {
      fr: "L'allocation d'éducation de l'enfant handicapé (AEEH)",
      en: 'Disabled child allowance (AEEH)',
    },
  },
  {
    id: 'pch',
    title: { fr: 'La prestation de compensation du handicap (PCH)', en: 'Disability support payment (PCH)' },
  },
  {
    id: 'apa',
    title: {
      fr: "L'allocation personnalisée d'autonomie (APA)",
      en: 'Personal independence allowance (APA)',
    },
  },
  { id: 'cmi', title: { fr: 'La carte mobilité inclusion (CMI)', en: 'Mobility inclusion card (CMI)' } },
  // Housing
  {
    id: 'aide_logement',
    title: { fr: 'Les aides au logement (APL, ALF, ALS)', en: 'Housing benefit (APL, ALF, ALS)' },
  },
  {
    id: 'fsl',
    title: { fr: 'Le fonds de solidarité pour le logement (FSL)', en: 'Housing solidarity fund (FSL)' },
  },
  {
    id: 'logement_social',
    title: { fr: 'La demande de logement social', en: 'Applying for social housing' },
  },
  // Work and young people
  { id: 'cej', title: { fr: "Le contrat d'engagement jeune (CEJ)", en: 'Youth commitment contract (CEJ)' } },
  {
    id: 'inscription_france_travail',
    title: { fr: "L'inscription à France Travail", en: 'Signing up with France Travail (job centre)' },
  },
  { id: 'mission_locale', title: { fr: 'La Mission locale', en: 'Mission locale (help for young people)' } },
  // Transport, justice and online procedures
  {
    id: 'tarif_social_transport',
    title: { fr: 'Le tarif social des transports', en: 'Reduced public transport fares' },
  },
  {
    id: 'aide_juridictionnelle',
    title: { fr: "L'aide juridictionnelle", en: 'Legal aid (aide juridictionnelle)' },
  },
  {
    id: 'mediation_numerique',
    title: { fr: "L'aide pour vos démarches sur internet", en: 'Help with online forms' },
  },
  // Added with issue 15
  {
    id: 'prime_naissance',
    title: { fr: 'La prime à la naissance', en: 'Birth grant (prime à la naissance)' },
  },
  {
    id: 'cmg',
    title: { fr: 'Le complément de libre choix du mode de garde (CMG)', en: 'Childcare allowance (CMG)' },
  },
  {
    id: 'prepare',
    title: {
      fr: "La prestation partagée d'éducation de l'enfant (PreParE)",
      en: 'Parental leave allowance (PreParE)',
    },
  },
  {
    id: 'conge_naissance',
    title: { fr: 'Le congé de naissance', en: 'Birth leave (congé de naissance)' },
  },
  {
    id: 'ajpp',
    title: {
      fr: "L'allocation journalière de présence parentale (AJPP)",
      en: 'Allowance to care for a sick child (AJPP)',
    },
  },
  {
    id: 'aripa',
    title: {
      fr: 'La pension alimentaire versée par la CAF (Aripa)',
      en: 'Child support paid through the CAF (Aripa)',
    },
  },
  {
    id: 'tarif_social_cantine',
    title: { fr: 'Le tarif social de la cantine', en: 'Reduced school meal prices' },
  },
  {
    id: 'bourse_crous',
    title: { fr: 'La bourse du Crous', en: 'Student grant (Crous)' },
  },
  {
    id: 'prime_noel',
    title: { fr: 'La prime de Noël', en: 'Christmas bonus (prime de Noël)' },
  },
  {
    id: 'asi',
    title: { fr: "L'allocation supplémentaire d'invalidité (ASI)", en: 'Invalidity top-up (ASI)' },
  },
  {
    id: 'mva',
    title: { fr: 'La majoration pour la vie autonome (MVA)', en: 'Independent living top-up (MVA)' },
  },
  {
    id: 'allocation_veuvage',
    title: { fr: "L'allocation de veuvage", en: "Widow's and widower's allowance" },
  },
  {
    id: 'pension_reversion',
    title: { fr: 'La pension de réversion', en: "Survivor's pension (pension de réversion)" },
  },
  {
    id: 'demande_retraite',
    title: { fr: 'Demander sa retraite', en: 'Applying for your pension' },
  },
  {
    id: 'aide_menagere',
    title: { fr: "L'aide ménagère à domicile", en: 'Home help for older people' },
  },
  {
    id: 'complementaire_sante_senior',
    title: {
      fr: 'Une aide pour la complémentaire santé après 65 ans',
      en: 'Help with health cover after 65',
    },
  },
  {
    id: 'point_conseil_budget',
    title: { fr: 'Le Point conseil budget', en: 'Budget advice (Point conseil budget)' },
  },
  {
    id: 'garantie_visale',
    title: { fr: 'La garantie Visale', en: 'Visale (free rent guarantee)' },
  },
  {
    id: 'avance_loca_pass',
    title: { fr: "L'avance Loca-Pass", en: 'Loca-Pass deposit loan' },
  },
  {
    id: 'domiciliation',
    title: { fr: 'La domiciliation', en: 'A postal address (domiciliation)' },
  },
  {
    id: 'dalo',
    title: { fr: 'Le droit au logement opposable (DALO)', en: 'Right to housing appeal (DALO)' },
  },
  {
    id: 'are',
    title: { fr: "L'allocation chômage (ARE)", en: 'Unemployment benefit (ARE)' },
  },
  {
    id: 'rqth',
    title: { fr: 'La reconnaissance de travailleur handicapé (RQTH)', en: 'Disabled worker status (RQTH)' },
  },
  {
    id: 'cir',
    title: { fr: "Le contrat d'intégration républicaine (CIR)", en: 'Republican integration contract (CIR)' },
  },
  {
    id: 'aide_permis_apprenti',
    title: { fr: "L'aide au permis pour les apprentis", en: 'Driving licence help for apprentices' },
  },
];
