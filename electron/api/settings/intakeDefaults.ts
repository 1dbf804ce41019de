import type { RiskInstrument, StandardCondition } from './intakeSettingsSchemas';

/** Generic conditions most courts impose; an office edits the list to match its own court orders. */
export const defaultIntakeSettings: { standardConditions: StandardCondition[] } = {
  standardConditions: [
    { type: 'reporting', text: 'Report to the probation officer as directed and answer all reasonable questions truthfully.' },
    { type: 'other', text: 'Commit no new criminal offense.' },
    { type: 'reporting', text: 'Notify the probation officer within 72 hours of any change of address, telephone number or employment.' },
    { type: 'other', text: 'Permit the probation officer to visit your home, workplace or elsewhere at any reasonable time.' },
    { type: 'other', text: 'Do not own, possess or have access to firearms, ammunition or other dangerous weapons.' },
    { type: 'drug_testing', text: 'Submit to drug and alcohol testing as directed by the probation officer.' },
    { type: 'employment', text: 'Seek and keep lawful employment, or attend school or vocational training full-time.' },
    { type: 'fees', text: 'Pay supervision fees, fines and court costs as ordered by the court.' },
    { type: 'travel', text: 'Do not leave the state without written permission from the probation officer.' },
    { type: 'community_service', text: 'Complete any community service hours ordered by the court.' },
  ],
};

const answers = (...pairs: [string, number][]) => pairs.map(([label, weight]) => ({ label, weight }));

/**
 * A placeholder so that intake works out of the box. It is not a validated instrument: an office replaces it
 * with the items, weights and cut-offs of the validated tool it is licensed to use.
 */
export const defaultRiskInstrument: RiskInstrument = {
  id: 'generic-screening',
  name: 'Generic risk/needs screening (not a validated instrument)',
  version: '1',
  disclaimer:
    'This is a placeholder shipped with Probation Desk so that intake can be tried out. It is not a validated risk or needs ' +
    "assessment and must not guide supervision decisions. An administrator should replace it with the office's validated tool " +
    'under Office settings.',
  items: [
    {
      id: 'prior_convictions',
      text: 'Prior convictions (adult and juvenile)',
      needArea: null,
      answers: answers(['None', 0], ['One', 1], ['Two or three', 2], ['Four or more', 3]),
    },
    { id: 'age_first_arrest', text: 'Age at first arrest', needArea: null, answers: answers(['25 or older', 0], ['18 to 24', 1], ['Under 18', 2]) },
    { id: 'supervision_failures', text: 'Prior revocations, absconding or failures to appear', needArea: null, answers: answers(['None', 0], ['One', 1], ['Two or more', 2]) },
    {
      id: 'employment',
      text: 'Employment',
      needArea: 'employment',
      answers: answers(['Employed full-time, or retired or disabled', 0], ['Part-time or irregular work', 1], ['Unemployed', 2]),
    },
    {
      id: 'education',
      text: 'Education',
      needArea: 'education',
      answers: answers(['High school diploma or equivalent, or more', 0], ['Some high school', 1], ['Left school before 9th grade', 2]),
    },
    {
      id: 'family',
      text: 'Family and partner relationships',
      needArea: 'family',
      answers: answers(['Supportive', 0], ['Some conflict', 1], ['Serious conflict, or no family contact', 2]),
    },
    {
      id: 'residence',
      text: 'Residence in the past 12 months',
      needArea: 'housing',
      answers: answers(['Same address throughout', 0], ['Moved once', 1], ['Moved twice or more, or homeless', 2]),
    },
    {
      id: 'peers',
      text: 'Friends and associates',
      needArea: 'peers',
      answers: answers(['Mostly law-abiding', 0], ['Some involved in crime', 1], ['Mostly involved in crime, or gang-involved', 2]),
    },
    {
      id: 'substance_use',
      text: 'Alcohol or drug use',
      needArea: 'substance_use',
      answers: answers(['No problem', 0], ['Occasional problem', 1], ['Serious problem affecting work, family or health', 3]),
    },
    {
      id: 'mental_health',
      text: 'Mental health',
      needArea: 'mental_health',
      answers: answers(['No current concerns', 0], ['Concerns, in treatment', 1], ['Concerns, not in treatment', 2]),
    },
    {
      id: 'attitudes',
      text: 'Attitude toward the offense and supervision',
      needArea: 'attitudes',
      answers: answers(['Accepts responsibility, motivated', 0], ['Ambivalent', 1], ['Denies responsibility or hostile to supervision', 2]),
    },
  ],
  cutoffs: { medium: 6, high: 12, very_high: 18 },
  needAreaThreshold: 2,
};
