// Easy English glossary. Hard words and acronyms of the explanations with easy definitions; the same id names the
// same idea in every locale. Loaded on demand by loadExplanation; the content gate checks every definition.
import type { GlossaryEntry } from '../types.js';

const entries: readonly GlossaryEntry[] = [
  {
    id: 'caf',
    term: 'CAF',
    aliases: ["Caisse d'allocations familiales"],
    definition:
      'The CAF is the family benefits office.\nIt pays money to families.\nIt also pays money to people with a low income.',
  },
  {
    id: 'msa',
    term: 'MSA',
    definition:
      'The MSA is the benefits office for people who work in farming.\nIt does the same job as the CAF.',
  },
  {
    id: 'ccas',
    term: 'CCAS',
    definition: 'The CCAS is the social help centre of your town hall.\nIt helps people who have problems.',
  },
  {
    id: 'cpam',
    term: 'CPAM',
    definition: 'The CPAM is your local health insurance office.\nIt pays back your health costs.',
  },
  {
    id: 'assurance_maladie',
    term: 'national health insurance',
    definition:
      'The national health insurance pays a large part of your health care.\nFor example: the doctor, medicines, the hospital.',
  },
  {
    id: 'mdph',
    term: 'MDPH',
    definition:
      'The MDPH is the local centre for disabled people.\nIt decides on help for people with a disability.',
  },
  {
    id: 'france_services',
    term: 'France Services',
    definition:
      'A France Services office is a place near your home.\nPeople there help you with your papers.\nIt is free.',
  },
  {
    id: 'france_travail',
    term: 'France Travail',
    definition: 'France Travail is the public job centre.\nIt helps people who are looking for work.',
  },
  {
    id: 'mission_locale',
    term: 'Mission locale',
    definition:
      'The Mission locale helps young people from 16 to 25 years old.\nIt helps with work, training and everyday life.',
  },
  {
    id: 'conseiller_numerique',
    term: 'digital adviser',
    definition:
      'A digital adviser helps you use the internet.\nThis person also helps with a computer or a phone.\nIt is free.',
  },
  {
    id: 'point_justice',
    term: 'point-justice',
    definition:
      'A point-justice is a free advice place.\nPeople there answer your questions about the law and your rights.',
  },
  {
    id: 'departement',
    term: 'local council',
    definition:
      'The local council runs a part of France called a département.\nIt pays some kinds of help.\nFor example: help for disabled or older people.',
  },
  {
    id: 'rsa',
    term: 'RSA',
    definition: 'RSA is money to live on.\nIt is for people who have very little money.',
  },
  {
    id: 'ass',
    term: 'ASS',
    definition: 'ASS is money for people out of work.\nIt comes after unemployment pay ends.',
  },
  {
    id: 'aspa',
    term: 'ASPA',
    definition: 'ASPA is money for older people with a low income.\nIt adds to a small pension.',
  },
  { id: 'aah', term: 'AAH', definition: 'AAH is money to live on for adults with a disability.' },
  { id: 'aeeh', term: 'AEEH', definition: 'AEEH is money for a child with a disability.' },
  { id: 'pch', term: 'PCH', definition: 'PCH pays for help you need because of a disability.' },
  { id: 'apa', term: 'APA', definition: 'APA helps older people who need help to live.' },
  { id: 'cmi', term: 'CMI', definition: 'The CMI is a card for people with a disability.' },
  { id: 'fsl', term: 'FSL', definition: 'The FSL is a fund that helps people pay housing costs.' },
  { id: 'cej', term: 'CEJ', definition: 'The CEJ is a contract that helps young people find a job.' },
  {
    id: 'ame',
    term: 'AME',
    definition: 'AME pays for the health care of foreign people with no residence permit.',
  },
  {
    id: 'puma',
    term: 'PUMa',
    definition: 'PUMa gives national health insurance.\nIt is for people working or living in France.',
  },
  { id: 'ars', term: 'ARS', definition: 'ARS is money to buy things for school.' },
  { id: 'asf', term: 'ASF', definition: 'ASF helps a parent who brings up a child alone.' },
  { id: 'paje', term: 'PAJE', definition: 'PAJE is a set of CAF payments for young children.' },
  { id: 'apl', term: 'APL', definition: 'APL is a kind of housing benefit.\nIt helps you pay your rent.' },
  { id: 'alf', term: 'ALF', definition: 'ALF is housing benefit for families.' },
  { id: 'als', term: 'ALS', definition: 'ALS is housing benefit for other people.\nFor example: students.' },
  { id: 'hlm', term: 'HLM', definition: 'HLM is social housing.\nThe rent is lower.' },
  { id: 'adil', term: 'ADIL', definition: 'The ADIL is a free advice centre about housing.' },
  {
    id: 'pmi',
    term: 'PMI',
    definition: 'The PMI looks after the health of pregnant women and young children.\nIt is free.',
  },
  { id: 'cv', term: 'CV', definition: 'A CV is a page about you.\nIt lists your studies and your jobs.' },
  {
    id: 'allowance',
    term: 'allowance',
    definition: 'An allowance is money paid to you regularly.\nThe State or a benefits office pays it.',
  },
  {
    id: 'titre_sejour',
    term: 'residence permit',
    definition: 'A residence permit is an official paper.\nIt lets a foreign person live in France.',
  },
  {
    id: 'rfr',
    term: 'tax reference income',
    definition:
      'The tax reference income is a number on your tax letter.\nIt shows the income of your household.',
  },
  {
    id: 'declaration_revenus',
    term: 'tax return',
    definition:
      'The tax return tells the tax office what you earned.\nYou fill it in every year in the spring.',
  },
  {
    id: 'css',
    term: 'complémentaire santé solidaire',
    definition: 'Complémentaire santé solidaire is extra health cover.\nIt is free or costs little.',
  },
  {
    id: 'complementaire',
    term: 'extra health cover',
    definition: 'Extra health cover pays what the national health insurance leaves for you to pay.',
  },
  {
    id: 'carte_vitale',
    term: 'Vitale card',
    definition:
      'The Vitale card is the green health insurance card.\nYou show it at the doctor and at the chemist.',
  },
  {
    id: 'numero_secu',
    term: 'social security number',
    definition: 'Your social security number is on your Vitale card.\nIt has 15 digits.',
  },
  {
    id: 'pass',
    term: 'health access desk',
    definition:
      'The health access desk is a hospital service.\nIt cares for people who find it hard to get health care.',
  },
  {
    id: 'apprentissage',
    term: 'apprentice',
    definition: 'An apprentice learns a trade.\nThe apprentice works in a company and also goes to classes.',
  },
  {
    id: 'chomage',
    term: 'unemployment pay',
    definition: 'Unemployment pay is money for people who lost their job.\nFrance Travail pays it.',
  },
  {
    id: 'caisse_retraite',
    term: 'pension fund',
    definition: 'The pension fund is the office that pays your pension.',
  },
  {
    id: 'scolarite_services',
    term: 'Scolarité services',
    definition:
      'Scolarité services is a website of the Ministry of Education.\nYou use it for your children’s school forms.',
  },
  {
    id: 'action_logement',
    term: 'Action Logement',
    definition: 'Action Logement helps employees find a home.\nEmployers pay for this help.',
  },
  {
    id: 'tarif_social',
    term: 'social fare',
    definition: 'The social fare is a lower price.\nIt is for people with little money.',
  },
  {
    id: 'aide_juridictionnelle',
    term: 'legal aid',
    definition: 'Legal aid pays for a lawyer and court costs.\nIt is for people with little money.',
  },
  // Added with issue 15
  {
    id: 'crous',
    term: 'Crous',
    definition: 'The Crous helps students.\nIt gives grants and student rooms.',
  },
  {
    id: 'ofii',
    term: 'OFII',
    definition: 'The OFII helps people who arrive in France.\nIt organises the French lessons.',
  },
  {
    id: 'rqth',
    term: 'RQTH',
    definition: 'RQTH says that a person is a disabled worker.\nThe MDPH gives it.',
  },
  {
    id: 'dalo',
    term: 'DALO',
    definition: 'DALO is an appeal to get a home.\nA committee decides who comes first.',
  },
  {
    id: 'visale',
    term: 'Visale',
    definition: 'Visale is a free guarantor.\nIt pays the landlord if the rent is not paid.',
  },
  {
    id: 'caution',
    term: 'guarantor',
    definition: 'A guarantor is a person or a body.\nIt pays the rent if the tenant does not pay.',
  },
  {
    id: 'invalidite',
    term: 'invalidity',
    aliases: ['invalidity pension'],
    definition:
      'Invalidity means you cannot work well because of your health.\nHealth insurance can pay an invalidity pension.',
  },
  {
    id: 'reversion',
    term: "survivor's pension",
    definition:
      "A survivor's pension is part of the pension of a person who died.\nIt is paid to the husband or wife.",
  },
  {
    id: 'conjoint',
    term: 'spouse',
    definition: 'Your spouse is your husband or wife.\nIt is also the person you live with as a couple.',
  },
  {
    id: 'majoration',
    term: 'top-up',
    definition: 'A top-up is an extra amount.\nIt is added to a benefit.',
  },
  {
    id: 'surendettement',
    term: 'debt file',
    aliases: ['too many debts'],
    definition: 'A debt file is for people with too many debts.\nThey cannot pay them any more.',
  },
  {
    id: 'domiciliation',
    term: 'domiciliation',
    definition: 'Domiciliation is an address to get your letters.\nIt is for people with no stable home.',
  },
  {
    id: 'aer',
    term: 'AER',
    definition: 'AER is an old benefit for older job seekers.\nA few people still get it.',
  },
  {
    id: 'pajemploi',
    term: 'Pajemploi',
    definition:
      'Pajemploi is a website.\nParents declare there the salary of the person who looks after the child.',
  },
  {
    id: 'conge_parental',
    term: 'parental leave',
    definition: 'Parental leave is a break from work.\nIt is to look after your child.',
  },
];

export default entries;
