import type { CourtReportType } from '../../api/courtReports/courtReportsCodes';
import { REPORT_SECTION_KEYS, type TemplateSection } from '../../api/courtReports/courtReportsSchemas';

type SectionText = Omit<TemplateSection, 'key'>;
const section = (title: string, guidance: string, boilerplate = ''): SectionText => ({ title, guidance, boilerplate });

/** The sections as a probation office commonly writes them; an administrator adapts titles, order and wording. */
const DEFAULT_TEXT: Record<CourtReportType, Record<string, SectionText>> = {
  psi: {
    face_sheet: section('Face sheet', 'Identity, docket, court, judge, offenses and plea, from the record. Correct the record itself if anything here is wrong.'),
    offence: section(
      'The offense',
      "Summarize the official version from the charging documents, then the defendant's own account, then the impact on any victim.",
      "Official version:\n\nDefendant's statement:\n\nVictim impact:",
    ),
    criminal_history: section('Criminal history', 'Prior arrests, convictions and supervision outcomes, most recent first.'),
    personal_family: section('Personal and family data', 'Upbringing, family ties, marital status, children and residence.'),
    physical_health: section('Physical health', 'Conditions, medication and anything affecting the ability to comply.'),
    mental_health: section('Mental and emotional health', 'Diagnoses, treatment history and current treatment, with sources.'),
    substance_use: section('Substance use', 'History of use, treatment, and test results on record.'),
    education: section('Education and vocational skills', 'Highest level completed, qualifications and training.'),
    employment: section('Employment record', 'Current and past employment, verified where possible.'),
    financial: section('Financial condition and ability to pay', 'Income, obligations and assets; the ability to pay fines, fees and restitution.'),
    risk_needs: section('Risk and needs assessment', 'The assessed risk level and the need areas identified, with any override and its reason.'),
    sentencing_options: section('Sentencing options', 'The options available to the court under the applicable statutes and guidelines.'),
    recommendation: section('Recommendation', 'The recommended sentence and the conditions proposed.'),
  },
  progress: {
    supervision_summary: section('Supervision summary', 'Term, supervision level and officer, from the record.'),
    condition_compliance: section('Compliance with conditions', 'Status of each condition, with hours worked, payments made and test results.'),
    contacts_summary: section('Contacts', 'Contacts in the period by type; comment on missed appointments.'),
    treatment_referrals: section('Treatment and referrals', 'Referrals made and their outcomes; attendance and progress in treatment.'),
    plan_goals: section('Supervision plan', 'Progress on each goal of the supervision plan.'),
    violations_responses: section('Violations and responses', 'Violations in the period and how each was addressed.'),
    officer_assessment: section("Officer's assessment", 'Your overall assessment of adjustment to supervision.'),
    recommendation: section('Recommendation', 'Continue supervision as ordered, modify the conditions, or terminate early, with reasons.'),
  },
  violation: {
    identity_case: section('Identity and case', 'Identity and the court case under supervision, from the record.'),
    conditions_violated: section('Conditions violated', 'Each condition violated, with the date and the circumstances.'),
    statement: section("The person's statement", 'What the person said about the alleged violations, and when.'),
    prior_violations: section('Prior violations and responses', 'Earlier violations and the sanctions or responses applied.'),
    adjustment: section('Adjustment on supervision', 'Reporting, compliance and progress apart from the violations.'),
    risk_assessment: section('Risk assessment', 'The current risk level and any change since the last assessment.'),
    recommendation: section('Recommended sanction', 'The sanction recommended to the court, with reasons.'),
  },
  termination: {
    term_summary: section('Term summary', 'The term of supervision, level and contacts, from the record.'),
    conditions_status: section('Conditions satisfied', 'Whether each condition was satisfied.'),
    outstanding_balances: section('Outstanding balances', 'Fees, fines and restitution owed at the end of the term.'),
    recommendation: section('Final recommendation', 'Discharge as successfully completed, or otherwise, with reasons.'),
  },
};

export const defaultTemplateSections = (type: CourtReportType): TemplateSection[] => REPORT_SECTION_KEYS[type].map((key) => ({ key, ...DEFAULT_TEXT[type][key] }));
