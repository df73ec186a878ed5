// The six reference households of the bilan, as the answers a person would give to each question.
// Shared by the flow tests, the widget tests and the demo journeys, so all check the same people.
import { DONT_KNOW, type FlowAnswer } from './types.js';

export interface FlowHousehold {
  id: string;
  /** Plain description, for test names. */
  title: string;
  /** Answer per question key; a key absent here is answered "je ne sais pas" when offered. */
  answers: Record<string, FlowAnswer>;
}

/** Birth date giving `years` full years on the first day of `month` (YYYY-MM). */
export function birthDateForAge(years: number, month: string, monthOfBirth = 3): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  // Born on the 1st of a month already passed this year, so the age is exactly `years`.
  const bm = Math.min(monthOfBirth, m);
  return `${y - years}-${String(bm).padStart(2, '0')}-01`;
}

export function referenceHouseholds(month: string): FlowHousehold[] {
  const d = (age: number, mob?: number) => birthDateForAge(age, month, mob);
  const commune = '94028';
  /** An adult alone, without work, income or housing costs (households 1 and 4 differ by age only). */
  const alone = (age: number): Record<string, FlowAnswer> => ({
    'applicant.birthDate': d(age),
    commune,
    'household.couple': 'no',
    'children.count': 0,
    'applicant.activity': 'inactive',
    'housing.status': 'hosted_free',
    'applicant.disabilityRate': 'none',
    'applicant.pregnant': 'no',
    'applicant.incomes.other': 0,
    'applicant.nationality': 'fr',
    taxReferenceIncome: 0,
    receiving: [],
  });
  return [
    {
      id: 'single-no-income',
      title: '(1) adulte seul sans revenu',
      answers: alone(45),
    },
    {
      id: 'single-parent-part-time',
      title: '(2) parent seul, deux enfants, temps partiel',
      answers: {
        'applicant.birthDate': d(34),
        commune,
        'household.couple': 'no',
        'children.count': 2,
        'child.birthDate[0]': d(9, 1),
        'child.birthDate[1]': d(5, 1),
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
        'applicant.disabilityRate': 'none',
        'applicant.pregnant': 'no',
        'applicant.incomes.other': 0,
        'applicant.nationality': 'fr',
        taxReferenceIncome: 10_800,
        receiving: [],
      },
    },
    {
      id: 'retired-couple',
      title: '(3) couple de retraités, petite retraite',
      answers: {
        'applicant.birthDate': d(72),
        commune,
        'household.couple': 'yes',
        'children.count': 0,
        'applicant.activity': 'retired',
        'partner.activity': 'retired',
        'partner.birthDate': d(70),
        'applicant.incomes.pension': 700,
        'partner.incomes.pension': 300,
        'housing.status': 'owner',
        'applicant.disabilityRate': 'none',
        'applicant.incomes.other': 0,
        'applicant.nationality': 'fr',
        taxReferenceIncome: 12_000,
        receiving: [],
      },
    },
    {
      id: 'young-neet',
      title: '(4) jeune de 19 ans sans emploi ni études',
      answers: alone(19),
    },
    {
      id: 'disability-80',
      title: '(5) adulte avec un taux d’incapacité de 80 %',
      answers: {
        'applicant.birthDate': d(40),
        commune,
        'household.couple': 'no',
        'children.count': 0,
        'applicant.activity': 'unfit_for_work',
        'housing.status': 'social_tenant',
        'housing.rent': 400,
        'housing.charges': 60,
        'applicant.disabilityRate': '80',
        'applicant.pregnant': 'no',
        'applicant.incomes.other': 0,
        'applicant.nationality': 'fr',
        taxReferenceIncome: 0,
        receiving: [],
      },
    },
    {
      id: 'family-four-one-salary',
      title: '(6) famille de quatre, locataire, un salaire',
      answers: {
        'applicant.birthDate': d(38),
        commune,
        'household.couple': 'yes',
        'children.count': 2,
        'child.birthDate[0]': d(12, 1),
        'child.birthDate[1]': d(7, 1),
        'child.schoolLevel[0]': 'college',
        'child.schoolLevel[1]': 'primaire',
        'applicant.activity': 'employed',
        'partner.activity': 'inactive',
        'partner.birthDate': d(36),
        'applicant.incomes.salary': 1_700,
        'housing.status': 'tenant',
        'housing.rent': 850,
        'housing.charges': 80,
        'applicant.disabilityRate': 'none',
        'applicant.pregnant': 'no',
        'applicant.incomes.other': 0,
        'applicant.nationality': 'fr',
        taxReferenceIncome: 19_000,
        receiving: [],
      },
    },
  ];
}

/** The answer a household gives to a question key: its own, else "je ne sais pas" or nothing. */
export function householdAnswer(household: FlowHousehold, key: string, dontKnowOffered: boolean): FlowAnswer {
  const own = household.answers[key];
  if (own !== undefined) return own;
  return dontKnowOffered ? DONT_KNOW : '';
}
