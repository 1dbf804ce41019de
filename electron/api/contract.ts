import { z } from 'zod';
import type { AddressRow, AgencyRow, AssessmentRow, AssociateRow, AuditRow, CaseNoteRow, ClientBackgroundRow, ClientRow, ClientStatusHistoryRow, CommunityServiceRow, ConditionRow, CourtReportRow, DrugTestRow, IntakeDraftRow, LedgerEntryRow, NoteAddendumRow, NoteReviewRow, PlanGoalRow, ProgrammeAttendanceRow, ReferralRow, UserRow, ViolationResponseRow, ViolationRow } from '../../db/schema';
import type { Role } from './users/roles';
import { reassessInputSchema } from './assessments/assessmentsSchemas';
import type { AuditVerification } from '../services/audit/auditLog';
import type { SecurityStatus } from '../services/security/databaseKey';
import {
  addAddendumInputSchema,
  createNoteInputSchema,
  listNotesInputSchema,
  noteIdInputSchema,
  reviewNoteInputSchema,
  updateNoteInputSchema,
} from './caseNotes/caseNotesSchemas';
import type { NoteDetail, NotesPage } from '../services/caseNotes/noteReads';
import { auditFilterSchema, auditListInputSchema } from './audit/auditSchemas';
import {
  changePasswordInputSchema,
  loginInputSchema,
  recoverInputSchema,
  setupInputSchema,
  unlockInputSchema,
} from './auth/authSchemas';
import type { AuthStatus } from '../services/auth/sessionManager';
import type { CaseloadPage } from '../services/clients/caseload';
import type { ContactStanding } from '../services/contactStandards/standing';
import { contactStandardsSchema } from './contactStandards/contactStandardsSchemas';
import type { CourtCaseWithOffences } from '../services/clients/partRows';
import type { ClientProfile } from '../services/clients/profileReads';
import type { ClientRecord } from '../services/record/clientLookup';
import {
  addAddressInputSchema,
  addAssociateInputSchema,
  addConditionInputSchema,
  addCourtCaseInputSchema,
  associateIdInputSchema,
  caseloadInputSchema,
  clientIdInputSchema,
  duplicateSearchSchema,
  intakeInputSchema,
  moveOutInputSchema,
  reopenInputSchema,
  setConditionStatusInputSchema,
  setPhotoInputSchema,
  setStatusInputSchema,
  transferInputSchema,
  updateAddressInputSchema,
  updateAssociateInputSchema,
  updateBackgroundInputSchema,
  updateConditionInputSchema,
  updateCourtCaseInputSchema,
  updateIdentityInputSchema,
  updateSafetyAlertsInputSchema,
  verifyAddressInputSchema,
  type ClientPhoto,
} from './clients/clientsSchemas';
import type { DuplicateMatch } from '../services/clients/duplicates';
import type { ComplianceRecord } from '../services/compliance/complianceRecord';
import { addLedgerEntryInputSchema, logServiceHoursInputSchema, recordAttendanceInputSchema } from './compliance/complianceSchemas';
import type { SavedDrugTest } from '../services/drugTests/drugTests';
import type { ReviewQueue } from '../services/reviews/reviewQueue';
import { createDrugTestInputSchema, recordLabResultInputSchema } from './drugTests/drugTestsSchemas';
import type { DraftSummary } from '../services/intakeDrafts/intakeDrafts';
import { draftIdInputSchema, saveDraftInputSchema } from './intakeDrafts/intakeDraftsSchemas';
import type { ReferralWithHistory } from '../services/referrals/referrals';
import {
  createAgencyInputSchema,
  createReferralInputSchema,
  listAgenciesInputSchema,
  setReferralStatusInputSchema,
  updateAgencyInputSchema,
  updateReferralInputSchema,
} from './referrals/referralsSchemas';
import {
  approveReportInputSchema,
  createReportInputSchema,
  reportIdInputSchema,
  reportTemplateSchema,
  returnReportInputSchema,
  updateReportInputSchema,
  type ReportTemplate,
} from './courtReports/courtReportsSchemas';
import type { CourtReportDetail, CourtReportSummary, OfficeReports } from '../services/courtReports/reportReads';
import { chronologyInputSchema } from './reports/chronologySchemas';
import type { ExportedFile } from '../services/reports/exportedFile';
import type { AppointmentDetail } from '../services/schedule/appointmentReads';
import type { SaveResult } from '../services/schedule/bookingSteps';
import type { AppointmentView } from '../services/schedule/appointmentViews';
import type { ScheduleDashboard } from '../services/schedule/dashboard';
import type { FieldDay } from '../services/schedule/fieldDay';
import type { IcsFile } from '../services/schedule/icsExport';
import type { OutcomeResult } from '../services/schedule/outcomes';
import {
  appointmentIdInputSchema,
  cancelAppointmentInputSchema,
  clientAppointmentsInputSchema,
  createAppointmentInputSchema,
  dashboardInputSchema,
  exportIcsInputSchema,
  fieldDayInputSchema,
  listAppointmentsInputSchema,
  setOutcomeInputSchema,
  updateFollowingInputSchema,
  updateOccurrenceInputSchema,
} from './schedule/scheduleSchemas';
import type { SearchResults } from '../services/search/search';
import { searchInputSchema } from './search/searchSchemas';
import {
  enforcementSettingsSchema,
  intakeSettingsSchema,
  scheduleSettingsSchema,
  officeSettingsSchema,
  riskInstrumentSchema,
  securitySettingsSchema,
  type SettingsValues,
} from './settings/settingsSchemas';
import type { PlanGoalWithHistory } from '../services/supervisionPlan/planGoals';
import { addGoalInputSchema, updateGoalInputSchema } from './supervisionPlan/supervisionPlanSchemas';
import type { TimelinePage } from '../services/timeline/timeline';
import { timelineInputSchema } from './timeline/timelineSchemas';
import type { DirectoryEntry, UserSummary } from '../services/users/users';
import {
  createUserInputSchema,
  setTemporaryPasswordInputSchema,
  updateUserInputSchema,
  userIdInputSchema,
} from './users/usersSchemas';
import type { ViolationWithResponses } from '../services/violations/violations';
import {
  createViolationInputSchema,
  respondInputSchema,
  setViolationStatusInputSchema,
  updateViolationInputSchema,
} from './violations/violationsSchemas';
import type { BackupHealth, BackupOverview } from '../services/backup/backupService';
import { backupSettingsSchema } from './backup/backupSchemas';
import type { BackupProgress, BackupResult } from '../services/backup/createBackup';
import type { RestoreResult } from '../services/backup/restoreBackup';
import { restoreInputSchema } from './backup/restoreSchemas';
import { exportInputSchema } from './export/exportSchemas';
import type { CourtDates } from '../services/insights/courtDates';
import type { FigureRecords, InsightsPage } from '../services/insights/insights';
import {
  figureRecordsInputSchema,
  insightsFilterSchema,
  monthlyReportInputSchema,
  opportunitiesInputSchema,
  opportunitySettingsSchema,
  startFromOpportunityInputSchema,
} from './insights/insightsSchemas';
import type { Opportunities } from '../services/insights/opportunities';
import type { ChannelName } from './channels';

/**
 * Who may call a channel:
 * - 'public': anyone, signed in or not (set-up, sign-in, status);
 * - 'locked': a session that is locked (unlock);
 * - 'session': any signed-in user, even one who must still change a temporary password;
 * - a list of roles: an active session with one of them.
 */
export type Access = 'public' | 'locked' | 'session' | readonly Role[];

export interface ChannelDef<I extends z.ZodType, O, A extends Access = Access> {
  input: I;
  access: A;
  /** Type-only marker for the output; never read at run time. */
  output?: O;
}

const returns = <O>() => undefined as O | undefined;
const channel = <I extends z.ZodType, O, const A extends Access>(input: I, access: A, output: O | undefined): ChannelDef<I, O, A> => ({ input, access, output });

const noInput = z.object({}).strict();
const ALL: readonly Role[] = ['officer', 'supervisor', 'admin'];
const ADMIN: readonly Role[] = ['admin'];
/**
 * Transfers, reopening closed cases, reviewing notes and keeping the agency directory; supervisors and
 * administrators also see every client (services/record/caseloadAccess.ts).
 */
const SUPERVISOR: readonly Role[] = ['supervisor', 'admin'];

export const contract = {
  'auth.status': channel(noInput, 'public', returns<AuthStatus>()),
  'auth.setup': channel(setupInputSchema, 'public', returns<{ recoveryKey: string; status: AuthStatus }>()),
  'auth.login': channel(loginInputSchema, 'public', returns<AuthStatus>()),
  'auth.recover': channel(recoverInputSchema, 'public', returns<AuthStatus>()),
  'auth.logout': channel(noInput, 'public', returns<AuthStatus>()),
  'auth.unlock': channel(unlockInputSchema, 'locked', returns<AuthStatus>()),
  'auth.lock': channel(noInput, 'session', returns<AuthStatus>()),
  'auth.touch': channel(noInput, 'session', returns<null>()),
  'auth.changePassword': channel(changePasswordInputSchema, 'session', returns<AuthStatus>()),

  'settings.get': channel(noInput, ALL, returns<SettingsValues>()),
  'settings.updateOffice': channel(officeSettingsSchema, ADMIN, returns<SettingsValues['office']>()),
  'settings.updateSecurity': channel(securitySettingsSchema, ADMIN, returns<SettingsValues['security']>()),
  'settings.updateIntake': channel(intakeSettingsSchema, ADMIN, returns<SettingsValues['intake']>()),
  'settings.updateRiskInstrument': channel(riskInstrumentSchema, ADMIN, returns<SettingsValues['riskInstrument']>()),
  'settings.updateEnforcement': channel(enforcementSettingsSchema, ADMIN, returns<SettingsValues['enforcement']>()),
  'settings.updateSchedule': channel(scheduleSettingsSchema, ADMIN, returns<SettingsValues['schedule']>()),
  'settings.updateContactStandards': channel(contactStandardsSchema, ADMIN, returns<SettingsValues['contactStandards']>()),
  'settings.updateOpportunities': channel(opportunitySettingsSchema, ADMIN, returns<SettingsValues['opportunities']>()),

  'users.list': channel(noInput, ADMIN, returns<UserSummary[]>()),
  'users.create': channel(createUserInputSchema, ADMIN, returns<UserRow>()),
  'users.update': channel(updateUserInputSchema, ADMIN, returns<UserRow>()),
  'users.deactivate': channel(userIdInputSchema, ADMIN, returns<UserRow>()),
  'users.reactivate': channel(setTemporaryPasswordInputSchema, ADMIN, returns<UserRow>()),
  'users.resetPassword': channel(setTemporaryPasswordInputSchema, ADMIN, returns<UserRow>()),
  'users.releaseLockout': channel(userIdInputSchema, ADMIN, returns<UserRow>()),
  'users.directory': channel(noInput, ALL, returns<DirectoryEntry[]>()),

  // Officers reach only their own clients: the services refuse others with FORBIDDEN.
  'clients.intake': channel(intakeInputSchema, ALL, returns<Pick<ClientRow, 'id' | 'caseNumber'>>()),
  'clients.findDuplicates': channel(duplicateSearchSchema, ALL, returns<DuplicateMatch[]>()),
  'clients.caseload': channel(caseloadInputSchema, ALL, returns<CaseloadPage>()),
  'clients.get': channel(clientIdInputSchema, ALL, returns<ClientProfile>()),
  'clients.photo': channel(clientIdInputSchema, ALL, returns<ClientPhoto | null>()),
  'clients.updateIdentity': channel(updateIdentityInputSchema, ALL, returns<ClientRecord>()),
  'clients.setPhoto': channel(setPhotoInputSchema, ALL, returns<ClientRecord>()),
  'clients.updateSafetyAlerts': channel(updateSafetyAlertsInputSchema, ALL, returns<ClientRecord>()),
  'clients.updateBackground': channel(updateBackgroundInputSchema, ALL, returns<ClientBackgroundRow>()),
  'clients.addAddress': channel(addAddressInputSchema, ALL, returns<AddressRow>()),
  'clients.updateAddress': channel(updateAddressInputSchema, ALL, returns<AddressRow>()),
  'clients.moveOutOfAddress': channel(moveOutInputSchema, ALL, returns<AddressRow>()),
  'clients.verifyAddress': channel(verifyAddressInputSchema, ALL, returns<AddressRow>()),
  'clients.addAssociate': channel(addAssociateInputSchema, ALL, returns<AssociateRow>()),
  'clients.updateAssociate': channel(updateAssociateInputSchema, ALL, returns<AssociateRow>()),
  'clients.removeAssociate': channel(associateIdInputSchema, ALL, returns<AssociateRow>()),
  'clients.addCourtCase': channel(addCourtCaseInputSchema, ALL, returns<CourtCaseWithOffences>()),
  'clients.updateCourtCase': channel(updateCourtCaseInputSchema, ALL, returns<CourtCaseWithOffences>()),
  'clients.addCondition': channel(addConditionInputSchema, ALL, returns<ConditionRow>()),
  'clients.updateCondition': channel(updateConditionInputSchema, ALL, returns<ConditionRow>()),
  'clients.setConditionStatus': channel(setConditionStatusInputSchema, ALL, returns<ConditionRow>()),
  'clients.setStatus': channel(setStatusInputSchema, ALL, returns<ClientStatusHistoryRow>()),
  'clients.reopen': channel(reopenInputSchema, SUPERVISOR, returns<ClientStatusHistoryRow>()),
  'clients.transfer': channel(transferInputSchema, SUPERVISOR, returns<ClientRecord>()),

  'assessments.reassess': channel(reassessInputSchema, ALL, returns<AssessmentRow>()),

  // The case record: officers on their own caseload only (the services refuse others with FORBIDDEN).
  // A draft note is changed, signed or deleted by its author only; a signed note by nobody.
  'caseNotes.list': channel(listNotesInputSchema, ALL, returns<NotesPage>()),
  'caseNotes.get': channel(noteIdInputSchema, ALL, returns<NoteDetail>()),
  'caseNotes.create': channel(createNoteInputSchema, ALL, returns<CaseNoteRow>()),
  'caseNotes.update': channel(updateNoteInputSchema, ALL, returns<CaseNoteRow>()),
  'caseNotes.sign': channel(noteIdInputSchema, ALL, returns<CaseNoteRow>()),
  'caseNotes.delete': channel(noteIdInputSchema, ALL, returns<null>()),
  'caseNotes.addAddendum': channel(addAddendumInputSchema, ALL, returns<NoteAddendumRow>()),
  'caseNotes.review': channel(reviewNoteInputSchema, SUPERVISOR, returns<NoteReviewRow>()),

  'drugTests.list': channel(clientIdInputSchema, ALL, returns<DrugTestRow[]>()),
  'drugTests.create': channel(createDrugTestInputSchema, ALL, returns<SavedDrugTest>()),
  'drugTests.recordLabResult': channel(recordLabResultInputSchema, ALL, returns<SavedDrugTest>()),

  'compliance.get': channel(clientIdInputSchema, ALL, returns<ComplianceRecord>()),
  'compliance.logServiceHours': channel(logServiceHoursInputSchema, ALL, returns<CommunityServiceRow>()),
  'compliance.addLedgerEntry': channel(addLedgerEntryInputSchema, ALL, returns<LedgerEntryRow>()),
  'compliance.recordAttendance': channel(recordAttendanceInputSchema, ALL, returns<ProgrammeAttendanceRow>()),

  'plan.get': channel(clientIdInputSchema, ALL, returns<PlanGoalWithHistory[]>()),
  'plan.addGoal': channel(addGoalInputSchema, ALL, returns<PlanGoalRow>()),
  'plan.updateGoal': channel(updateGoalInputSchema, ALL, returns<PlanGoalRow>()),

  'agencies.list': channel(listAgenciesInputSchema, ALL, returns<AgencyRow[]>()),
  'agencies.create': channel(createAgencyInputSchema, SUPERVISOR, returns<AgencyRow>()),
  'agencies.update': channel(updateAgencyInputSchema, SUPERVISOR, returns<AgencyRow>()),

  'referrals.list': channel(clientIdInputSchema, ALL, returns<ReferralWithHistory[]>()),
  'referrals.create': channel(createReferralInputSchema, ALL, returns<ReferralRow>()),
  'referrals.update': channel(updateReferralInputSchema, ALL, returns<ReferralRow>()),
  'referrals.setStatus': channel(setReferralStatusInputSchema, ALL, returns<ReferralRow>()),

  'violations.list': channel(clientIdInputSchema, ALL, returns<ViolationWithResponses[]>()),
  'violations.create': channel(createViolationInputSchema, ALL, returns<ViolationRow>()),
  'violations.update': channel(updateViolationInputSchema, ALL, returns<ViolationRow>()),
  'violations.respond': channel(respondInputSchema, ALL, returns<ViolationResponseRow>()),
  'violations.setStatus': channel(setViolationStatusInputSchema, ALL, returns<ViolationRow>()),

  'timeline.list': channel(timelineInputSchema, ALL, returns<TimelinePage>()),
  // Officers find their own caseload's clients and notes only.
  'search.query': channel(searchInputSchema, ALL, returns<SearchResults>()),

  // Officers book and change their own appointments, for their own clients, and read their clients' appointments held
  // by others; supervisors and administrators any officer's (services/schedule/scheduleAccess.ts).
  'appointments.create': channel(createAppointmentInputSchema, ALL, returns<SaveResult>()),
  'appointments.get': channel(appointmentIdInputSchema, ALL, returns<AppointmentDetail>()),
  'appointments.list': channel(listAppointmentsInputSchema, ALL, returns<AppointmentView[]>()),
  'appointments.forClient': channel(clientAppointmentsInputSchema, ALL, returns<AppointmentView[]>()),
  'appointments.updateOccurrence': channel(updateOccurrenceInputSchema, ALL, returns<SaveResult>()),
  'appointments.updateFollowing': channel(updateFollowingInputSchema, ALL, returns<SaveResult>()),
  'appointments.cancel': channel(cancelAppointmentInputSchema, ALL, returns<AppointmentView[]>()),
  'appointments.setOutcome': channel(setOutcomeInputSchema, ALL, returns<OutcomeResult>()),
  'schedule.dashboard': channel(dashboardInputSchema, ALL, returns<ScheduleDashboard>()),
  'schedule.contactStanding': channel(clientIdInputSchema, ALL, returns<ContactStanding | null>()),
  'schedule.fieldDay': channel(fieldDayInputSchema, ALL, returns<FieldDay>()),
  'schedule.exportIcs': channel(exportIcsInputSchema, ALL, returns<IcsFile>()),
  'schedule.exportItinerary': channel(fieldDayInputSchema, ALL, returns<ExportedFile>()),

  // Exports a client's contact log as .docx; the same caseload rule as reading notes.
  'reports.chronology': channel(chronologyInputSchema, ALL, returns<ExportedFile>()),

  // Court reports: read on the caseload rule; a draft is changed and submitted by its author only, reviewed by a
  // supervisor or administrator who did not write it; approved reports are locked (services/courtReports/reportRules.ts).
  'courtReports.templates': channel(noInput, ALL, returns<ReportTemplate[]>()),
  'courtReports.updateTemplate': channel(reportTemplateSchema, ADMIN, returns<ReportTemplate>()),
  'courtReports.create': channel(createReportInputSchema, ALL, returns<CourtReportRow>()),
  'courtReports.get': channel(reportIdInputSchema, ALL, returns<CourtReportDetail>()),
  'courtReports.forClient': channel(clientIdInputSchema, ALL, returns<CourtReportSummary[]>()),
  'courtReports.office': channel(noInput, ALL, returns<OfficeReports>()),
  'courtReports.update': channel(updateReportInputSchema, ALL, returns<CourtReportRow>()),
  'courtReports.refresh': channel(reportIdInputSchema, ALL, returns<CourtReportRow>()),
  'courtReports.submit': channel(reportIdInputSchema, ALL, returns<CourtReportRow>()),
  'courtReports.return': channel(returnReportInputSchema, SUPERVISOR, returns<CourtReportRow>()),
  'courtReports.approve': channel(approveReportInputSchema, SUPERVISOR, returns<CourtReportRow>()),
  'courtReports.newVersion': channel(reportIdInputSchema, ALL, returns<CourtReportRow>()),
  'courtReports.export': channel(reportIdInputSchema, ALL, returns<ExportedFile>()),

  // Supervisors' queue of signed notes and submitted reports awaiting their review.
  'reviews.queue': channel(noInput, SUPERVISOR, returns<ReviewQueue>()),

  // Drafts are private to the officer who saved them, whatever their role.
  'intakeDrafts.save': channel(saveDraftInputSchema, ALL, returns<DraftSummary>()),
  'intakeDrafts.list': channel(noInput, ALL, returns<DraftSummary[]>()),
  'intakeDrafts.get': channel(draftIdInputSchema, ALL, returns<IntakeDraftRow>()),
  'intakeDrafts.delete': channel(draftIdInputSchema, ALL, returns<null>()),

  // Backups run with the session's key; restoring on a new workstation is public but only while no office exists.
  'backup.overview': channel(noInput, ADMIN, returns<BackupOverview>()),
  'backup.progress': channel(noInput, ADMIN, returns<{ running: boolean; progress: BackupProgress | null }>()),
  'backup.health': channel(noInput, ALL, returns<BackupHealth>()),
  'backup.updateSettings': channel(backupSettingsSchema, ADMIN, returns<SettingsValues['backup']>()),
  'backup.run': channel(noInput, ADMIN, returns<BackupResult>()),
  'backup.restore': channel(restoreInputSchema, ADMIN, returns<RestoreResult>()),
  'backup.restoreFirstRun': channel(restoreInputSchema, 'public', returns<RestoreResult>()),
  'export.records': channel(exportInputSchema, ADMIN, returns<ExportedFile>()),
  // Figures: officers their own caseload's, supervisors their team's or the office's (services/insights/insightsScope.ts).
  'insights.page': channel(insightsFilterSchema, ALL, returns<InsightsPage>()),
  'insights.records': channel(figureRecordsInputSchema, ALL, returns<FigureRecords>()),
  'insights.monthlyReport': channel(monthlyReportInputSchema, ALL, returns<ExportedFile>()),
  'insights.opportunities': channel(opportunitiesInputSchema, ALL, returns<Opportunities>()),
  'insights.startTermination': channel(startFromOpportunityInputSchema, ALL, returns<CourtReportRow>()),
  'insights.courtDates': channel(noInput, ALL, returns<CourtDates>()),

  'audit.list': channel(auditListInputSchema, ADMIN, returns<{ rows: AuditRow[]; total: number }>()),
  'audit.verify': channel(noInput, ADMIN, returns<AuditVerification>()),
  'security.status': channel(noInput, ADMIN, returns<SecurityStatus>()),
  'security.rotateKey': channel(noInput, ADMIN, returns<SecurityStatus>()),
  'audit.export': channel(z.object({ filter: auditFilterSchema }), ADMIN, returns<{ filename: string; content: string; rows: number }>()),
} satisfies Record<ChannelName, ChannelDef<z.ZodType, unknown, Access>>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Exclude<Contract[C]['output'], undefined>;
/** Channels open only to signed-in users with a role: their handlers receive the checked session's context. */
export type RoleChannel = { [C in Channel]: Contract[C]['access'] extends readonly Role[] ? C : never }[Channel];
