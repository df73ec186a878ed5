// English questions of the bilan, keyed by question id and option value. Awaiting review by a native speaker.
import type { QuestionsTable } from './types.js';

const activity = {
  employed: { label: 'Employee', hint: 'Including temporary or part-time work.' },
  self_employed: { label: 'Self-employed', hint: 'Freelance, micro-entrepreneur, craftsperson.' },
  unemployed: { label: 'Out of work, looking for a job' },
  student: { label: 'Studying' },
  apprentice: { label: 'Apprentice or work-study' },
  retired: { label: 'Retired' },
  unfit_for_work: { label: 'I cannot work', hint: 'Because of my health or a disability.' },
  parental_leave: { label: 'On parental leave' },
  inactive: { label: 'Not working, not looking for a job' },
};

const en: QuestionsTable = {
  review: 'awaiting-review',
  questions: {
    'partner.rsdae': {
      label:
        'Has the MDPH recognised that the disability of the person who lives with you stops them from finding a job for a long time?',
      help: 'This is the “restriction substantielle et durable d’accès à l’emploi”. It is written on the MDPH decision.',
    },
    'partner.unemploymentRightsExhausted': {
      label: 'Where do the unemployment benefit rights of the person who lives with you stand?',
      options: {
        no: { label: 'They receive unemployment benefit (ARE)' },
        yes: { label: 'Their rights have ended or will end soon' },
        never: { label: 'They never had a right to unemployment benefit' },
      },
    },
    'partner.workedFiveOfLastTenYears': {
      label: 'Has the person who lives with you worked at least 5 years in the last 10 years?',
      help: 'Count all their jobs as an employee, even short ones.',
    },
    'housing.sharing': {
      label: 'Do you share this home with other tenants?',
      help: 'In a flat share or a rented room, housing benefit is computed with a lower rent ceiling.',
      options: {
        none: { label: 'No, I rent the whole home' },
        flatshare: { label: 'Yes, in a flat share', hint: 'Several people rent the home together.' },
        room: { label: 'I rent a room in someone’s home' },
      },
    },
    'housing.withParents': {
      label: 'Do you live with your parents?',
      help: 'Under 25, the Complémentaire santé solidaire then counts your parents’ income.',
    },
    'partner.disabilityRate': {
      label: 'Has the MDPH recognised a disability rate for the person who lives with you?',
      help: 'The rate is written on the MDPH decision (the disability office of the département).',
      options: {
        none: { label: 'No, no recognised rate' },
        '50': { label: 'Yes, between 50% and 79%' },
        '80': { label: 'Yes, 80% or more' },
      },
    },
    'child.activity': {
      label: 'What is child {n} doing at the moment?',
      help: 'A young person aged 16 to 25 with no job, studies or training can get support and an allowance.',
      options: {
        student: { label: 'Studying' },
        apprentice: { label: 'An apprenticeship or training' },
        employed: { label: 'Working' },
        unemployed: { label: 'Looking for a job' },
        inactive: { label: 'No job, no studies, no training' },
      },
    },
    'applicant.birthDate': {
      label: 'What is your date of birth?',
      help: 'Some benefits depend on your age.',
    },
    commune: {
      label: 'Which town do you live in?',
      help: 'Write the name of the town or its postcode. Some benefits depend on the town.',
    },
    'household.couple': {
      label: 'Do you live as a couple?',
      help: 'Married, in a civil partnership (PACS) or living together: for benefits, it is the same.',
    },
    'children.count': {
      label: 'How many children live with you and depend on you?',
      help: 'Count the children you bring up, even if they are not yours. Write 0 if none.',
    },
    'child.birthDate': {
      label: 'Date of birth of child no. {n}',
      help: 'The age of the children counts for family benefits.',
    },
    'applicant.activity': { label: 'What is your situation today?', options: activity },
    'partner.activity': {
      label: 'What is the situation of the person you live with as a couple?',
      options: activity,
    },
    'applicant.incomes.salary': {
      label: 'How much do you earn a month from your work?',
      help: 'The net salary, the one paid into your account. If it changes, take the average of the last 3 months.',
    },
    'applicant.incomes.selfEmployed': {
      label: 'How much do you earn a month from your self-employed work?',
      help: 'What is left once costs are paid, on average each month.',
    },
    'applicant.incomes.unemploymentBenefit': {
      label: 'How much do you receive a month from France Travail (unemployment benefit)?',
      help: 'The return-to-work allowance (ARE). Write 0 if you receive nothing.',
    },
    'applicant.incomes.pension': {
      label: 'How much pension do you receive a month?',
      help: 'Add the basic pension and the supplementary pension, net amount.',
    },
    'partner.incomes.salary': {
      label: 'How much does the person you live with earn a month from their work?',
      help: 'The net salary. If it changes, take the average of the last 3 months.',
    },
    'partner.incomes.selfEmployed': {
      label: 'How much does the person you live with earn a month from self-employed work?',
      help: 'What is left to them once costs are paid, on average each month.',
    },
    'partner.incomes.unemploymentBenefit': {
      label: 'How much does the person you live with receive a month from France Travail?',
      help: 'The unemployment benefit. Write 0 if they receive nothing.',
    },
    'partner.incomes.pension': {
      label: 'How much pension does the person you live with receive a month?',
      help: 'Basic and supplementary pension, net amount.',
    },
    'housing.status': {
      label: 'Where do you live?',
      options: {
        tenant: { label: 'I rent a home', hint: 'From a private landlord.' },
        social_tenant: { label: 'I rent social housing (HLM)' },
        owner: { label: 'I own my home, with no loan to pay' },
        owner_with_loan: { label: 'I own my home and I am paying back a loan' },
        hosted_free: { label: 'I am housed for free', hint: 'By family or friends.' },
        hostel: { label: 'In a hostel or a social residence' },
        homeless: { label: 'I have no home' },
      },
    },
    'housing.rent': {
      label: 'How much rent do you pay a month, without service charges?',
      help: 'The rent is written on your lease or on the rent receipt. Do not count service charges.',
    },
    'housing.charges': {
      label: 'How much do you pay in service charges a month?',
      help: 'Service charges: water, upkeep of the building, sometimes heating. Write 0 if they are included.',
    },
    'applicant.disabilityRate': {
      label: 'Has the MDPH recognised a disability rate for you?',
      help: 'The MDPH is the local office for people with disabilities. The rate is written on its decision.',
      options: {
        none: { label: 'No, no rate recognised' },
        '50': { label: 'Yes, between 50% and 79%' },
        '80': { label: 'Yes, 80% or more' },
      },
    },
    'applicant.rsdae': {
      label: 'Has the MDPH recognised that your disability keeps you from finding a job for a long time?',
      help: 'This is the “restriction substantielle et durable d’accès à l’emploi” (RSDAE). It is written on the MDPH decision.',
    },
    'applicant.pregnant': {
      label: 'Are you expecting a child?',
      help: 'Answer yes if you or the person you live with is pregnant.',
    },
    'child.schoolLevel': {
      label: 'Which class is child no. {n} in this year?',
      options: {
        none: { label: 'Not at school' },
        maternelle: { label: 'Nursery school (école maternelle)' },
        primaire: { label: 'Primary school (from CP to CM2)' },
        college: { label: 'Collège (from 6e to 3e, ages 11 to 15)' },
        lycee: { label: 'Lycée, CAP or apprenticeship' },
        superieur: { label: 'Studies after the baccalauréat' },
      },
    },
    'child.otherParent': {
      label: 'Does the other parent of child no. {n} help pay for them?',
      help: 'For example by paying child support, set by a judge or agreed between you.',
      options: {
        pays: { label: 'Yes, they pay child support' },
        pays_less: { label: 'They pay a small amount, or not every month' },
        does_not_pay: { label: 'No, they pay nothing' },
        deceased_or_unknown: { label: 'The other parent has died or is unknown' },
      },
    },
    maintenanceReceived: {
      label: 'How much child support do you receive a month for your children?',
      help: 'The money the other parent pays for the children. Write 0 if they pay nothing.',
    },
    'applicant.unemploymentRightsExhausted': {
      label: 'Where do your unemployment benefit rights stand?',
      options: {
        no: { label: 'I receive unemployment benefit (ARE)' },
        yes: { label: 'My rights have ended or will end soon' },
        never: { label: 'I never had a right to unemployment benefit' },
      },
    },
    'applicant.widowed': { label: 'Has your husband or wife died?' },
    'applicant.workedFiveOfLastTenYears': {
      label: 'Have you worked at least 5 years in the last 10 years?',
      help: 'Count all your jobs as an employee, even short ones.',
    },
    'applicant.incomes.other': {
      label: 'Do you receive other income each month? Write the total amount.',
      help: 'For example sick pay, an annuity, income from a property you rent out. Write 0 if you have none. Do not count CAF benefits.',
    },
    'applicant.nationality': {
      label: 'What is your nationality?',
      help: 'Some benefits need a residence permit held for several years.',
      options: {
        fr: { label: 'French' },
        eu: { label: 'From a country of the European Union, the European Economic Area or Switzerland' },
        other: { label: 'Another nationality' },
      },
    },
    'applicant.regularStay': {
      label: 'Do you have a valid residence permit?',
      help: 'A residence card, a resident card, or the receipt of an application.',
    },
    'applicant.residencePermitYears': {
      label: 'For how many years have you had a residence permit in France?',
      help: 'Count the years since your first residence permit that allows you to work.',
    },
    'partner.birthDate': { label: 'What is the date of birth of the person you live with?' },
    taxReferenceIncome: {
      label: 'What is the reference tax income of your household?',
      help: 'It is written at the top of your income tax notice (even if you pay no tax). It is an amount for the whole year.',
    },
    receiving: {
      label: 'Do you already receive one of these benefits?',
      help: 'Tick those you receive today. If you receive none, tick nothing.',
      options: {
        rsa: { label: 'RSA (revenu de solidarité active, minimum income)' },
        ppa: { label: 'Activity bonus (prime d’activité)' },
        aide_logement: { label: 'Housing benefit (APL, ALF or ALS)' },
        css: { label: 'Complémentaire santé solidaire (free or low-cost health cover)' },
        af: { label: 'Family allowances' },
        cf: { label: 'Family supplement' },
        ars: { label: 'Back-to-school allowance (ARS)' },
        asf: { label: 'Family support allowance (ASF)' },
        paje_base: { label: 'PAJE basic allowance (young child)' },
        bourse_college: { label: 'Collège grant' },
        bourse_lycee: { label: 'Lycée grant' },
        aah: { label: 'AAH (disabled adult allowance)' },
        aspa: { label: 'ASPA (minimum old-age pension)' },
        ass: { label: 'ASS (specific solidarity allowance)' },
        cheque_energie: { label: 'Energy voucher (chèque énergie)' },
      },
    },
  },
  validation: {
    missingMoney: 'Write an amount in euros (0 if you receive nothing).',
    missingMoneyDk: 'Write an amount in euros (0 if you receive nothing), or choose “I don’t know”.',
    missingNumber: 'Write a number.',
    missingNumberDk: 'Write a number, or choose “I don’t know”.',
    missingDate: 'Write a date, for example 14/03/1988.',
    missingDateDk: 'Write a date, for example 14/03/1988, or choose “I don’t know”.',
    missingCommune: 'Write the name of your town or its postcode, then choose it in the list.',
    missingYesNo: 'Choose Yes or No.',
    missingYesNoDk: 'Choose Yes or No, or choose “I don’t know”.',
    missingChoice: 'Choose an answer.',
    missingChoiceDk: 'Choose an answer, or choose “I don’t know”.',
    notOffered: 'These choices are not offered: {list}.',
    dontKnowRefused: 'This question needs a precise answer. Choose an answer.',
    moneyFormat: 'Write an amount in euros with figures only, for example 850 or 850.50.',
    moneyRange: 'The amount must be between {min} and {max} a month. Check the number of figures.',
    integerFormat: 'Write a whole number with figures, for example 2.',
    integerRange: 'Write a number between {min} and {max}.',
    dateInvalid: 'This date does not exist. Write the day, the month and the year, for example 14/03/1988.',
    dateFuture: 'This date is in the future. Check the year.',
    dateTooYoung: 'This date gives {age}. You must be at least {min}: check the year.',
    dateTooOld: 'This date gives {age} years, which is a lot. Check the year.',
    dateParts: 'Write the day, the month and the year, for example 14 3 1988.',
    datePartsDk: 'Write the day, the month and the year, for example 14 3 1988, or choose “I don’t know”.',
    communeCode:
      'Write the town’s code: 5 characters, for example 94028 (INSEE code, not always the postcode).',
  },
};

export default en;
