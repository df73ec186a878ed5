// The rights that have an explanation, with their titles: all that a list of rights needs. The texts are
// in ./rights/<id>.ts, loaded one by one (see lazy.ts), so that a widget showing the list stays light.
import type { RightEntry } from './types.js';

export const CONTENT_INDEX: readonly RightEntry[] = [
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
];
