// The six reference households as a person would answer them (same people as the rules'
// referenceHouseholds), shared by the journeys and the hand-off tests. Black-box: written here, not imported.
export const DONT_KNOW = 'dont_know';
export type Answer = string | number | string[];
export interface FlowHousehold {
  id: string;
  title: string;
  answers: Record<string, Answer>;
}

export const now = new Date();
/** Born on the 1st of an earlier month this year: exactly `years` old today. */
export const born = (years: number, month = 1) =>
  `${now.getFullYear() - years}-${String(Math.min(month, now.getMonth() + 1)).padStart(2, '0')}-01`;
export const common = {
  'applicant.disabilityRate': 'none',
  'applicant.incomes.other': 0,
  'applicant.nationality': 'fr',
  receiving: [],
};
export const households: FlowHousehold[] = [
  {
    id: 'single-no-income',
    title: '(1) adulte seul sans revenu',
    answers: {
      ...common,
      'applicant.birthDate': born(45),
      'household.couple': 'no',
      'children.count': 0,
      'applicant.activity': 'inactive',
      'housing.status': 'hosted_free',
      'applicant.pregnant': 'no',
      taxReferenceIncome: 0,
    },
  },
  {
    id: 'single-parent-part-time',
    title: '(2) parent seul, deux enfants, temps partiel',
    answers: {
      ...common,
      'applicant.birthDate': born(34),
      'household.couple': 'no',
      'children.count': 2,
      'child.birthDate[0]': born(9),
      'child.birthDate[1]': born(5),
      'child.schoolLevel[0]': 'primaire',
      'child.schoolLevel[1]': 'maternelle',
      'child.otherParent[0]': 'does_not_pay',
      'child.otherParent[1]': 'does_not_pay',
      'applicant.activity': 'employed',
      'applicant.incomes.salary': 900,
      maintenanceReceived: 0,
      'housing.status': 'tenant',
      'housing.rent': 650,
      'housing.charges': 50,
      'applicant.pregnant': 'no',
      taxReferenceIncome: 10800,
    },
  },
  {
    id: 'retired-couple',
    title: '(3) couple de retraités, petite retraite',
    answers: {
      ...common,
      'applicant.birthDate': born(72),
      'household.couple': 'yes',
      'children.count': 0,
      'applicant.activity': 'retired',
      'partner.activity': 'retired',
      'partner.birthDate': born(70),
      'applicant.incomes.pension': 700,
      'partner.incomes.pension': 300,
      'housing.status': 'owner',
      taxReferenceIncome: 12000,
    },
  },
  {
    id: 'young-neet',
    title: '(4) jeune de 19 ans sans emploi ni études',
    answers: {
      ...common,
      'applicant.birthDate': born(19),
      'household.couple': 'no',
      'children.count': 0,
      'applicant.activity': 'inactive',
      'housing.status': 'hosted_free',
      'applicant.pregnant': 'no',
      taxReferenceIncome: 0,
    },
  },
  {
    id: 'disability-80',
    title: '(5) adulte avec un taux d’incapacité de 80 %',
    answers: {
      ...common,
      'applicant.birthDate': born(40),
      'household.couple': 'no',
      'children.count': 0,
      'applicant.activity': 'unfit_for_work',
      'housing.status': 'social_tenant',
      'housing.rent': 400,
      'housing.charges': 60,
      'applicant.disabilityRate': '80',
      'applicant.pregnant': 'no',
      taxReferenceIncome: 0,
    },
  },
  {
    id: 'family-four-one-salary',
    title: '(6) famille de quatre, locataire, un salaire',
    answers: {
      ...common,
      'applicant.birthDate': born(38),
      'household.couple': 'yes',
      'children.count': 2,
      'child.birthDate[0]': born(12),
      'child.birthDate[1]': born(7),
      'child.schoolLevel[0]': 'college',
      'child.schoolLevel[1]': 'primaire',
      'applicant.activity': 'employed',
      'partner.activity': 'inactive',
      'partner.birthDate': born(36),
      'applicant.incomes.salary': 1700,
      'housing.status': 'tenant',
      'housing.rent': 850,
      'housing.charges': 80,
      'applicant.pregnant': 'no',
      taxReferenceIncome: 19000,
    },
  },
];
