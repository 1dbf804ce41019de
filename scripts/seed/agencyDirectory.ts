import type { AGENCY_KINDS } from '../../electron/api/referrals/referralsCodes';
import type { ServiceContext } from '../../electron/services/context';
import { createAgency } from '../../electron/services/referrals/agencies';
import { createAgencyInputSchema, type AgencyInput } from '../../electron/api/referrals/referralsSchemas';

export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** The office's directory of services (invented names; 555 numbers), as a supervisor sets it up. */
export const AGENCIES: AgencyInput[] = [
  {
    name: 'Riverside Housing Navigation Center',
    kind: 'housing',
    address: '2800 Hulen Place, Riverside, CA 92507',
    phone: '(951) 555-0141',
    contactPerson: 'Dana Whitfield',
    notes: 'Walk-in hours Tue and Thu mornings.',
  },
  {
    name: 'Inland Sober Living Network',
    kind: 'housing',
    address: '1450 Main Street, Riverside, CA 92501',
    phone: '(951) 555-0188',
    contactPerson: 'Marcus Bell',
    notes: 'Beds usually free within two weeks.',
  },
  {
    name: 'Workforce Development Center, Riverside',
    kind: 'employment_training',
    address: '1325 Spruce Street, Riverside, CA 92507',
    phone: '(951) 555-0123',
    contactPerson: 'Alicia Gomez',
    notes: 'Resume workshop every Monday.',
  },
  {
    name: 'Second Chance Employment Services',
    kind: 'employment_training',
    address: '3900 Sherman Drive, Corona, CA 92879',
    phone: '(951) 555-0167',
    contactPerson: 'Terrence Ward',
    notes: 'Works with fair-chance employers.',
  },
  {
    name: 'Inland Trades Pre-Apprenticeship Program',
    kind: 'employment_training',
    address: '600 Alessandro Boulevard, Moreno Valley, CA 92553',
    phone: '(951) 555-0174',
    contactPerson: 'Rosa Delgado',
    notes: '',
  },
  {
    name: 'Riverside Adult School',
    kind: 'education',
    address: '6735 Magnolia Avenue, Riverside, CA 92506',
    phone: '(951) 555-0112',
    contactPerson: 'GED office',
    notes: 'GED classes mornings and evenings.',
  },
  {
    name: 'Moreno Valley Adult Education Center',
    kind: 'education',
    address: '13911 Perris Boulevard, Moreno Valley, CA 92553',
    phone: '(951) 555-0159',
    contactPerson: '',
    notes: '',
  },
  {
    name: 'County Behavioral Health, Adult Outpatient Clinic',
    kind: 'mental_health',
    address: '2085 Rustin Avenue, Riverside, CA 92507',
    phone: '(951) 555-0130',
    contactPerson: 'Intake line',
    notes: 'Assessment within 10 days of referral.',
  },
  {
    name: 'Valley Mental Health Clinic',
    kind: 'mental_health',
    address: '1200 South State Street, Hemet, CA 92543',
    phone: '(951) 555-0196',
    contactPerson: 'Dr. Ellen Park',
    notes: '',
  },
  {
    name: 'Inland Recovery Services',
    kind: 'substance_use_treatment',
    address: '4300 Central Avenue, Riverside, CA 92506',
    phone: '(951) 555-0105',
    contactPerson: 'Counselor on duty',
    notes: 'Outpatient groups; tests on site.',
  },
  {
    name: 'New Horizons Counseling Center',
    kind: 'substance_use_treatment',
    address: '27450 Ynez Road, Temecula, CA 92591',
    phone: '(951) 555-0152',
    contactPerson: 'Karen Oduya',
    notes: '',
  },
  {
    name: 'County Behavioral Health, Substance Use Program',
    kind: 'substance_use_treatment',
    address: '1827 Atlanta Avenue, Riverside, CA 92507',
    phone: '(951) 555-0137',
    contactPerson: 'Intake line',
    notes: 'Residential and outpatient.',
  },
  {
    name: 'Thinking for a Change (probation-run group)',
    kind: 'other',
    address: 'Riverside office, group room',
    phone: '(951) 555-0100',
    contactPerson: 'Group facilitator',
    notes: 'Cognitive-behavioral group, 25 sessions.',
  },
  {
    name: 'Family Resource Center, Perris',
    kind: 'other',
    address: '371 Wilkerson Avenue, Perris, CA 92570',
    phone: '(951) 555-0181',
    contactPerson: '',
    notes: 'Parenting classes and family counseling.',
  },
];

/** Which kind of agency helps with each need area of the default instrument. */
export const AGENCY_FOR_NEED: Record<string, AgencyKind> = {
  employment: 'employment_training',
  education: 'education',
  housing: 'housing',
  substance_use: 'substance_use_treatment',
  mental_health: 'mental_health',
  family: 'other',
  peers: 'other',
  attitudes: 'other',
};

/** Creates the directory through the agencies service; returns the ids in the order of AGENCIES. */
export function createAgencyDirectory(ctx: ServiceContext): number[] {
  return AGENCIES.map((agency) => createAgency(ctx, createAgencyInputSchema.parse({ agency })).id);
}
