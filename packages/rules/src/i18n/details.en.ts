// English names, descriptions, steps and papers of the rights (same order as the French). The French
// acronyms stay: they are what offices and forms use. Awaiting review by a native speaker.
import type { DetailsTable } from './types.js';

const id = 'Identity document';
const idOrPermit = 'Identity document or residence permit';
const taxNotice = 'Tax notice';
const taxNoticeN2 = 'Tax notice for year N-2';
const bank = 'Bank details (RIB)';
const address = 'Proof of address';
const mdphForm = 'Cerfa form 15692';
const mdphCertificate = 'Cerfa medical certificate 15695';
const income = 'Proof of income';
const bourse = (level: string) => ({
  label: `${level} grant`,
  description: `A state grant for a child’s schooling at ${level.toLowerCase()}, depending on income.`,
  steps: [
    'Apply online on “Scolarité services” (EduConnect) or at the school office, at the start of the school year.',
  ],
  papers: [taxNotice, 'Proof of dependent children if needed'],
});

const en: DetailsTable = {
  review: 'awaiting-review',
  /** Who to contact, by partner type (see PARTNER_TYPES). */
  contacts: {
    caf: 'CAF (family benefits office)',
    msa: 'MSA (farmers’ social security)',
    cpam: 'CPAM (health insurance)',
    'france-travail': 'France Travail (job centre)',
    'mission-locale': 'Mission locale (ages 16 to 25)',
    ccas: 'CCAS (town social services)',
    mairie: 'Town hall',
    mdph: 'MDPH (disability office)',
    'france-services': 'France Services',
    'conseiller-numerique': 'Digital adviser',
    'caisse-retraite': 'Pension fund',
    'etablissement-scolaire': 'School',
    'point-justice': 'Point-justice (free legal advice)',
    'mediation-numerique': 'Help with digital procedures',
    'information-jeunesse': 'Youth information centre',
    'bailleur-social': 'Social landlord',
    departement: 'Social services of the département',
    carsat: 'Carsat (pension fund)',
    crous: 'Crous (student services)',
    pmi: 'PMI (mother and child health)',
    adil: 'ADIL (housing advice)',
    cidff: 'CIDFF (rights of women and families)',
  },
  rights: {
    rsa: {
      label: 'Active solidarity income (RSA)',
      description: 'A minimum income each month for people with no income or a low income.',
      steps: [
        'Apply online on caf.fr (or msa.fr), or with help from the CCAS or a social worker of the département.',
        'Then you are registered with France Travail and helped towards work or integration.',
      ],
      papers: [idOrPermit, bank, 'Amount of your income for the last 3 months'],
    },
    ppa: {
      label: 'Activity bonus (prime d’activité)',
      description: 'Extra income each month for people who work and earn little.',
      steps: ['Apply online on caf.fr (or msa.fr), then declare your income every 3 months.'],
      papers: ['Payslips for the last 3 months', bank],
    },
    css: {
      label: 'Complémentaire santé solidaire (health cover)',
      description:
        'Free complementary health cover, or for less than one euro a day per person, depending on income.',
      steps: [
        'Apply from your ameli.fr account, or with the paper form sent to your health insurance office.',
      ],
      papers: ['Income for the last 12 months of each member of the household', taxNotice],
    },
    aide_logement: {
      label: 'Housing benefit (APL, ALF or ALS)',
      description: 'Help each month to pay the rent, depending on income, rent and where the home is.',
      steps: ['Do a simulation and then apply online on caf.fr (or msa.fr) as soon as you move in.'],
      papers: ['Lease', 'Rent certificate filled in by the landlord', bank],
    },
    af: {
      label: 'Family allowances',
      description: 'Help each month for families with at least two children under 20.',
      steps: [
        'If you already receive a benefit from the CAF, family allowances are paid without applying.',
        'If not, declare your situation on caf.fr (or msa.fr if you depend on the MSA).',
      ],
      papers: ['Family record book or the children’s birth certificates', taxNotice, bank],
    },
    cf: {
      label: 'Family supplement',
      description: 'Help each month for families with at least 3 children aged 3 to 21, depending on income.',
      steps: ['Apply on caf.fr (section “Mon compte”) or at your MSA.'],
      papers: [taxNoticeN2, 'Family record book'],
    },
    ars: {
      label: 'Back-to-school allowance (ARS)',
      description: 'Help paid in August for each child aged 6 to 18 at school, depending on income.',
      steps: [
        'Paid without applying if you already receive a benefit from the CAF or the MSA (for 16 to 18 year-olds, confirm schooling on caf.fr).',
        'If not, declare your children and your income on caf.fr.',
      ],
      papers: [taxNoticeN2, 'School certificate for 16 to 18 year-olds'],
    },
    paje_base: {
      label: 'PAJE basic allowance',
      description: 'Help each month for a child under 3, depending on income.',
      steps: ['Declare the pregnancy to the CAF and to the health insurance, then the birth on caf.fr.'],
      papers: ['Birth certificate', taxNoticeN2],
    },
    asf: {
      label: 'Family support allowance (ASF)',
      description:
        'Help for a single parent bringing up a child without child support (or with low support).',
      steps: [
        'Apply on caf.fr or at the MSA.',
        'The CAF can also help you get child support set or paid (ARIPA).',
      ],
      papers: ['Judgment or agreement setting child support, if there is one', 'Family record book'],
    },
    aah: {
      label: 'Disabled adult allowance (AAH)',
      description: 'A minimum income for disabled people, depending on the disability rate set by the MDPH.',
      steps: [
        'Fill in the application form for the MDPH (with a medical certificate less than one year old).',
        'The CDAPH sets the disability rate; the CAF or the MSA computes and pays the AAH.',
      ],
      papers: [mdphForm, mdphCertificate, id, address],
    },
    aspa: {
      label: 'Solidarity allowance for older people (ASPA, minimum old-age pension)',
      description: 'Extra income for people aged 65 or older with a low pension.',
      steps: [
        'Ask your pension fund for the ASPA (or the town hall if you have no pension).',
        'Careful: the ASPA paid can be taken back from the estate after death, above a certain amount.',
      ],
      papers: ['Application form', 'Proof of income for the last 3 months', id],
    },
    ass: {
      label: 'Specific solidarity allowance (ASS)',
      description:
        'An allowance for job seekers whose unemployment benefit has ended and who worked enough before.',
      steps: [
        'France Travail offers you the ASS when your unemployment benefit ends; if not, ask your adviser.',
      ],
      papers: ['Work certificates for the last 10 years', income],
    },
    cheque_energie: {
      label: 'Energy voucher (chèque énergie)',
      description: 'Help once a year to pay energy bills (electricity, gas, heating oil, wood…).',
      steps: [
        'The voucher is sent without applying if you declared your income to the tax office, even with no income.',
        'If you did not receive it, check whether you are eligible on chequeenergie.gouv.fr.',
      ],
      papers: [taxNotice],
    },
    bourse_college: bourse('Collège'),
    bourse_lycee: bourse('Lycée'),
    ame: {
      label: 'State medical aid (AME)',
      description:
        'Health care paid for foreign nationals without a residence permit, living in France for more than 3 months.',
      steps: ['Fill in the application form and hand it in, in person, at the CPAM where you live.'],
      papers: [id, 'Proof of being in France for more than 3 months', income],
    },
    puma: {
      label: 'Universal health cover (PUMa) and carte Vitale',
      description:
        'Health costs paid back by the national health insurance for anyone who works or lives in France in a stable and legal way.',
      steps: ['If you have no carte Vitale or no open rights, ask the CPAM where you live to register you.'],
      papers: [idOrPermit, address, bank],
    },
    aeeh: {
      label: 'Disabled child education allowance (AEEH)',
      description: 'Help with the costs of education and care of a disabled child under 20.',
      steps: ['Apply to the MDPH with a medical certificate; the CAF pays the allowance.'],
      papers: [mdphForm, mdphCertificate],
    },
    pch: {
      label: 'Disability compensation benefit (PCH)',
      description:
        'Help from the département to pay for personal help, equipment or home changes needed because of a disability.',
      steps: ['Apply to the MDPH: a team assesses your needs and suggests a compensation plan.'],
      papers: [mdphForm, mdphCertificate],
    },
    apa: {
      label: 'Personal independence allowance (APA)',
      description: 'Help from the département for people aged 60 or older who need help with everyday tasks.',
      steps: [
        'Ask the département or the CCAS for the form; a team comes to assess your needs (AGGIR scale).',
      ],
      papers: ['Application form', id, taxNotice],
    },
    cmi: {
      label: 'Inclusion mobility card (CMI)',
      description: 'A card for disabled people: priority in queues and transport, parking, other advantages.',
      steps: [
        'Ask the MDPH for it with the application form (at the same time as another application if needed).',
      ],
      papers: [mdphForm, 'Medical certificate', 'Passport photo'],
    },
    fsl: {
      label: 'Housing solidarity fund (FSL)',
      description:
        'Help from the département to move into a home, pay rent arrears or energy and water bills.',
      steps: ['Ask for an appointment with a social worker (CCAS, département) who prepares the FSL file.'],
      papers: [income, 'Lease', 'Bills or statement of debt'],
    },
    logement_social: {
      label: 'Application for social housing',
      description: 'Apply for social housing (HLM): the application lasts one year and can be renewed.',
      steps: [
        'Apply on demande-logement-social.gouv.fr or at the town hall: you receive a unique number.',
        'Renew it every year.',
      ],
      papers: [idOrPermit, 'Tax notice N-2 (and N-1)'],
    },
    cej: {
      label: 'Youth commitment contract (CEJ)',
      description:
        'Intensive help towards work for 16 to 25 year-olds with no job or training, with an allowance depending on income.',
      steps: ['Make an appointment at the mission locale or at France Travail.'],
      papers: [id, address],
    },
    inscription_france_travail: {
      label: 'Registering with France Travail',
      description:
        'Register as a job seeker to get help and open your rights (unemployment benefit, ASS, RSA).',
      steps: [
        'Register online on francetravail.fr or at a France Travail office; an adviser calls you back.',
      ],
      papers: [id, 'Carte Vitale', 'CV', 'Employer certificates'],
    },
    mission_locale: {
      label: 'Help from the mission locale',
      description:
        'The mission locale helps 16 to 25 year-olds with work, training, housing, health and getting around.',
      steps: ['Make an appointment at the nearest mission locale.'],
      papers: [id],
    },
    pass_sport: {
      label: 'Pass’Sport',
      description: 'Help to join a sports club, for young people who receive certain benefits.',
      steps: [
        'The code arrives by email at the start of the school year; if not, find it on pass.sports.gouv.fr and give it to the club.',
      ],
      papers: ['Pass’Sport code'],
    },
    tarif_social_transport: {
      label: 'Social fare for public transport',
      description: 'Cheaper or free public transport depending on income, set by each local network.',
      steps: [
        'Ask the CCAS, the town hall or the transport network’s office, with a certificate of your rights.',
      ],
      papers: ['Certificate of rights (RSA, CSS, AAH…)', id, 'Photo'],
    },
    aide_juridictionnelle: {
      label: 'Legal aid (aide juridictionnelle)',
      description: 'Lawyer and court costs paid, in full or in part, depending on income.',
      steps: ['Apply online on justice.fr or with the form, at the court or at a point-justice.'],
      papers: ['Cerfa form 16146', taxNotice, 'Documents about the case'],
    },
    mediation_numerique: {
      label: 'Help with online procedures',
      description:
        'A digital adviser or a France services office helps you for free with your procedures on the internet.',
      steps: ['Make an appointment at a France services office or with a digital adviser near you.'],
      papers: ['Your logins (caf.fr, ameli.fr, impots.gouv.fr) if you have them', id],
    },
  },
};

export default en;
