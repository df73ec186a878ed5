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
    association: 'Charity or association',
    autre: 'Other place',
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
    aide_menagere: {
      label: 'Home help with housework (social assistance)',
      description:
        'Hours of help at home (cleaning, shopping, meals) paid by the département or the pension fund.',
      steps: [
        'Ask the CCAS of your town for the social assistance form (low income), or otherwise your pension fund.',
      ],
      papers: ['Identity document', 'Tax notice', 'Proof of income'],
    },
    aide_permis_apprenti: {
      label: 'Driving licence grant for apprentices',
      description:
        'A grant of €500 to take the car driving test (permis B), for apprentices aged 18 or over.',
      steps: [
        'Fill in the application form and give it to your training centre (CFA) with the driving school’s quote.',
      ],
      papers: ['Application form', 'Driving school quote or invoice', 'Identity document'],
    },
    ajpp: {
      label: 'Daily parental presence allowance (AJPP)',
      description:
        'Money for each day a parent stops work to look after a child who is seriously ill, disabled or injured.',
      steps: [
        'Ask your employer for parental presence leave (15 days before).',
        'Send the CAF the application form and the medical certificate from the child’s doctor; each month, declare the days taken.',
      ],
      papers: ['Detailed medical certificate', 'Employer’s certificate'],
    },
    allocation_veuvage: {
      label: 'Widow’s or widower’s allowance (Allocation de veuvage)',
      description: 'Money every month for 2 years for a person under 55 whose husband or wife has died.',
      steps: [
        'Apply within 2 years of the death to your late spouse’s pension fund (Carsat, MSA…) with the application form.',
      ],
      papers: [
        'Death certificate',
        'Family record book (livret de famille)',
        'Proof of income for the last 3 months',
      ],
    },
    are: {
      label: 'Unemployment benefit (ARE)',
      description:
        'The unemployment benefit for people who have lost their job and worked long enough before.',
      steps: [
        'Register with France Travail within 12 months of the end of your contract; you apply for the benefit at the same time.',
      ],
      papers: [
        'Employer’s certificate (attestation employeur)',
        'Identity document',
        'Bank details (RIB)',
        'Carte Vitale',
      ],
    },
    aripa: {
      label: 'Child support paid through the CAF (Aripa)',
      description:
        'The CAF collects the child support from the other parent and pays it to you each month; it claims it if they do not pay.',
      steps: [
        'Ask for this service on pension-alimentaire.caf.fr with the court decision or agreement that sets the child support.',
        'If the child support is not paid, the CAF can pay the family support allowance (ASF) in the meantime.',
      ],
      papers: ['Court decision, divorce agreement or CAF enforceable order', 'Bank details (RIB)'],
    },
    asi: {
      label: 'Supplementary invalidity allowance (ASI)',
      description: 'Extra money each month for people with a small invalidity pension and a low income.',
      steps: ['Fill in form S 4151 and send it to your health insurance fund (or the MSA).'],
      papers: ['Form S 4151', 'Proof of the household’s income for the last 3 months'],
    },
    avance_loca_pass: {
      label: 'Loca-Pass advance (deposit)',
      description: 'An interest-free loan to pay the deposit when you move into a home.',
      steps: ['Apply online on actionlogement.fr no later than 2 months after moving in.'],
      papers: ['Signed lease', 'Identity document', 'Proof of your situation'],
    },
    bourse_crous: {
      label: 'Means-tested student grant (Crous)',
      description: 'A state grant for students, depending on their parents’ income, paid 10 months a year.',
      steps: [
        'Fill in the student social file (dossier social étudiant, DSE) on messervices.etudiant.gouv.fr between 1 March and 31 May, even before you have your place.',
      ],
      papers: ['Parents’ tax notice (income of year N-2)', 'Certificate of enrolment'],
    },
    cir: {
      label: 'Republican integration contract (CIR)',
      description: 'A contract with the State for newcomers: free French lessons and civic training.',
      steps: [
        'The OFII invites you after you receive your first residence permit; go to the appointment and follow the training.',
      ],
      papers: ['Residence permit', 'OFII invitation letter'],
    },
    cmg: {
      label: 'Childcare supplement (CMG)',
      description:
        'Money each month to pay a registered childminder or a carer at home, for a child under 6.',
      steps: [
        'Apply on caf.fr (or msa.fr) as soon as you hire the childminder or home carer.',
        'Each month, declare the hours and the wage on pajemploi.urssaf.fr: the CMG is computed from this declaration.',
      ],
      papers: [
        'Employment contract of the person who looks after the child',
        'Childminder’s approval number',
      ],
    },
    complementaire_sante_senior: {
      label: 'Help with health insurance after 65 (local)',
      description:
        'Some towns, départements or pension funds help pay for complementary health insurance after 65.',
      steps: [
        'First check the Complémentaire santé solidaire (better for you) on ameli.fr.',
        'Otherwise, ask the CCAS whether there is a town health insurance scheme (mutuelle communale) or local help.',
      ],
      papers: ['Tax notice', 'Your current health insurance contract'],
    },
    conge_naissance: {
      label: 'Additional birth leave (Congé supplémentaire de naissance)',
      description:
        'Leave of 1 or 2 months for each parent after maternity or paternity leave, paid by the social security.',
      steps: [
        'Tell your employer in advance (the notice is set by decree, between 15 days and one month).',
        'Your employer sends the salary certificate to your fund, which pays the allowance.',
      ],
      papers: ['Birth certificate', 'Employer’s certificate'],
    },
    dalo: {
      label: 'Enforceable right to housing (DALO)',
      description:
        'An appeal to be housed or given shelter first when you have no home or live in bad housing.',
      steps: [
        'Fill in the appeal form and send it to the mediation committee of your département.',
        'An association or the ADIL can help you put the file together.',
      ],
      papers: [
        'Cerfa DALO appeal form',
        'Single social housing application number',
        'Proof of your situation',
      ],
    },
    demande_retraite: {
      label: 'Applying for your pension',
      description:
        'Your pension does not start by itself: you must apply 6 months before the date you want to stop work.',
      steps: [
        'Check your career record on info-retraite.fr, then make the single online application for all your pension schemes.',
        'Without a computer, a France Services office or your Carsat can help you.',
      ],
      papers: ['Identity document', 'Bank details (RIB)', 'Tax notice'],
    },
    domiciliation: {
      label: 'Postal address for people without a stable home (domiciliation)',
      description: 'A free address to receive your mail and do your paperwork when you have no stable home.',
      steps: ['Ask the CCAS of your town or an approved association for an address (élection de domicile).'],
      papers: ['Identity document if you have one'],
    },
    garantie_visale: {
      label: 'Visale guarantee (free guarantor)',
      description: 'A free guarantor scheme: it pays the rent to the landlord if you cannot pay.',
      steps: [
        'Create your account on visale.fr and ask for your visa before you sign the lease.',
        'Give the visa to the landlord, who validates it online.',
      ],
      papers: ['Identity document', 'Proof of your situation (studies, employment contract)'],
    },
    mva: {
      label: 'Independent living supplement (MVA)',
      description:
        'Extra money each month on top of the AAH for people with a severe disability who live in their own home.',
      steps: [
        'The CAF (or the MSA) pays it without an application when the conditions are met; otherwise, ask for it.',
      ],
      papers: ['AAH decision letter', 'Proof of housing benefit'],
    },
    pension_reversion: {
      label: 'Survivor’s pension (Pension de réversion)',
      description: 'Part of the pension of your late husband or wife, paid every month.',
      steps: [
        'Make one online application on info-retraite.fr: it goes to all your late spouse’s pension funds.',
      ],
      papers: ['Death certificate', 'Marriage certificate', 'Proof of income'],
    },
    point_conseil_budget: {
      label: 'Budget advice service (Point conseil budget)',
      description: 'Free help to plan your budget, talk to your bank and get out of debt.',
      steps: [
        'Make an appointment at a Point conseil budget (list on mesquestionsdargent.fr) or at the CCAS.',
        'If your debts are too heavy, file an over-indebtedness application with the Banque de France (free).',
      ],
      papers: ['Bank statements for the last 3 months', 'List of debts and bills'],
    },
    prepare: {
      label: 'Shared child-rearing benefit (PreParE)',
      description: 'Money each month for a parent who stops or reduces work to look after a child under 3.',
      steps: [
        'First ask your employer for parental leave (one month before).',
        'Apply for the PreParE on caf.fr (or msa.fr) with the form and the employer’s certificate.',
      ],
      papers: ['Certificate of parental leave or part-time work', 'Career record if needed'],
    },
    prime_naissance: {
      label: 'Birth grant (PAJE)',
      description: 'A sum paid once for the arrival of a baby, depending on income.',
      steps: [
        'Declare the pregnancy before the end of the 3rd month to the Assurance maladie (the doctor or midwife does it online) and to the CAF.',
        'The CAF pays the grant in the 7th month of pregnancy, with no other application, if your income is under the ceiling.',
      ],
      papers: ['Pregnancy declaration', 'Tax notice for year N-2'],
    },
    prime_noel: {
      label: 'Christmas bonus (Prime de Noël)',
      description: 'A sum paid once in December to people who receive the RSA, the ASS or the AER.',
      steps: [
        'Nothing to do: the CAF, the MSA or France Travail pays it in mid-December to those entitled in November or December.',
        'If it has not arrived by the end of December, call your fund.',
      ],
      papers: [],
    },
    rqth: {
      label: 'Recognition as a disabled worker (RQTH)',
      description: 'Recognition of your disability at work: help to find or keep a job, adapted workstation.',
      steps: [
        'Fill in the application form for the MDPH with a medical certificate (same file as for the AAH).',
      ],
      papers: ['Cerfa form 15692', 'Cerfa medical certificate 15695'],
    },
    tarif_social_cantine: {
      label: 'Reduced school canteen price',
      description: 'A price for school meals based on the family’s income, sometimes €1.',
      steps: [
        'Ask the town hall (school service) or the CCAS to work out your price, with your family quotient (quotient familial).',
      ],
      papers: ['CAF family quotient certificate', 'Tax notice'],
    },
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
