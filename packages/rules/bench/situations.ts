// Representative situations for the benchmark (validated once, evaluated many times).
import type { Situation } from '../src/situation.js';

export const BENCH_SITUATIONS: Situation[] = [
  {
    month: '2026-05',
    commune: '94028',
    household: {
      couple: true,
      members: [
        {
          id: 'moi',
          role: 'applicant',
          birthDate: '1988-03-14',
          activity: 'employed',
          nationality: 'fr',
          incomes: { salary: 1250 },
        },
        {
          id: 'p',
          role: 'partner',
          birthDate: '1990-06-01',
          activity: 'inactive',
          nationality: 'eu',
          incomes: {},
        },
        { id: 'e1', role: 'child', birthDate: '2015-09-02', inSchool: true, schoolLevel: 'college' },
        { id: 'e2', role: 'child', birthDate: '2020-02-11' },
        { id: 'e3', role: 'child', birthDate: '2025-01-20' },
      ],
    },
    housing: { status: 'tenant', rent: 650, charges: 40 },
    taxReferenceIncome: 18400,
    receiving: ['af'],
  },
  {
    month: '2026-05',
    household: {
      members: [
        {
          id: 'moi',
          role: 'applicant',
          birthDate: '1958-01-01',
          activity: 'retired',
          nationality: 'other',
          residencePermitYears: 12,
          disabilityRate: 60,
          incomes: { pension: 720 },
        },
      ],
    },
    housing: { status: 'social_tenant', rent: 380 },
  },
  {
    month: '2026-05',
    household: {
      members: [
        {
          id: 'moi',
          role: 'applicant',
          birthDate: '2002-05-05',
          activity: 'unemployed',
          nationality: 'fr',
          incomes: { unemploymentBenefit: 600 },
          unemploymentRightsExhausted: false,
        },
        { id: 'b', role: 'child', birthDate: '2024-04-04', otherParent: 'does_not_pay' },
      ],
    },
    housing: { status: 'hosted_free' },
  },
];
