import type { Channel, Domain } from './contract';

/**
 * What a successful call changes, declared once per channel: 'read' (no office record), 'session' (the caller's own
 * session: sign-in, lock, its password), or the domains whose records it writes. The office host's change events and
 * the renderer's refresh after its own call both come from here; the record type makes a new channel declare it.
 */
export type ChannelEffect = 'read' | 'session' | { changes: readonly Domain[] };

const READ = 'read';
const SESSION = 'session';
const changes = (...domains: Domain[]): ChannelEffect => ({ changes: domains });
/** A client holds its conditions, the intake it came from and its report drafts. */
const CLIENT_RECORD = changes('clients', 'intakeDrafts', 'compliance', 'courtReports');
/** A note links drug tests and violations. */
const CASE_NOTES = changes('caseNotes', 'drugTests', 'violations');
/** A deactivation rotates the database key. */
const USERS = changes('users', 'security');

export const channelEffects: Record<Channel, ChannelEffect> = {
  'auth.status': SESSION,
  'auth.setup': SESSION,
  'auth.login': SESSION,
  'auth.recover': SESSION,
  'auth.logout': SESSION,
  'auth.unlock': SESSION,
  'auth.lock': SESSION,
  'auth.touch': SESSION,
  'auth.changePassword': SESSION,
  'settings.get': READ,
  'settings.updateOffice': changes('settings'),
  'settings.updateSecurity': changes('settings'),
  'settings.updateIntake': changes('settings'),
  'settings.updateRiskInstrument': changes('settings'),
  'settings.updateEnforcement': changes('settings'),
  'settings.updateSchedule': changes('settings'),
  'settings.updateContactStandards': changes('settings'),
  'settings.updateOpportunities': changes('settings'),
  'users.list': READ,
  'users.create': USERS,
  'users.update': USERS,
  'users.deactivate': USERS,
  'users.reactivate': USERS,
  'users.resetPassword': USERS,
  'users.releaseLockout': USERS,
  'users.directory': READ,
  'clients.intake': CLIENT_RECORD,
  'clients.findDuplicates': READ,
  'clients.caseload': READ,
  'clients.get': READ,
  'clients.photo': READ,
  'clients.updateIdentity': CLIENT_RECORD,
  'clients.setPhoto': CLIENT_RECORD,
  'clients.updateSafetyAlerts': CLIENT_RECORD,
  'clients.updateBackground': CLIENT_RECORD,
  'clients.addAddress': CLIENT_RECORD,
  'clients.updateAddress': CLIENT_RECORD,
  'clients.moveOutOfAddress': CLIENT_RECORD,
  'clients.verifyAddress': CLIENT_RECORD,
  'clients.addAssociate': CLIENT_RECORD,
  'clients.updateAssociate': CLIENT_RECORD,
  'clients.removeAssociate': CLIENT_RECORD,
  'clients.addCourtCase': CLIENT_RECORD,
  'clients.updateCourtCase': CLIENT_RECORD,
  'clients.addCondition': CLIENT_RECORD,
  'clients.updateCondition': CLIENT_RECORD,
  'clients.setConditionStatus': CLIENT_RECORD,
  'clients.setStatus': CLIENT_RECORD,
  'clients.reopen': CLIENT_RECORD,
  'clients.transfer': CLIENT_RECORD,
  'assessments.reassess': changes('assessments', 'clients'),
  'caseNotes.list': READ,
  'caseNotes.get': READ,
  'caseNotes.create': CASE_NOTES,
  'caseNotes.update': CASE_NOTES,
  'caseNotes.sign': CASE_NOTES,
  'caseNotes.delete': CASE_NOTES,
  'caseNotes.addAddendum': CASE_NOTES,
  'caseNotes.review': CASE_NOTES,
  'drugTests.list': READ,
  'drugTests.create': changes('drugTests'),
  'drugTests.recordLabResult': changes('drugTests'),
  'compliance.get': READ,
  'compliance.logServiceHours': changes('compliance'),
  'compliance.addLedgerEntry': changes('compliance'),
  'compliance.recordAttendance': changes('compliance'),
  'plan.get': READ,
  'plan.addGoal': changes('supervisionPlan'),
  'plan.updateGoal': changes('supervisionPlan'),
  'agencies.list': READ,
  'agencies.create': changes('referrals'),
  'agencies.update': changes('referrals'),
  'referrals.list': READ,
  'referrals.create': changes('referrals'),
  'referrals.update': changes('referrals'),
  'referrals.setStatus': changes('referrals'),
  'violations.list': READ,
  'violations.create': changes('violations'),
  'violations.update': changes('violations'),
  'violations.respond': changes('violations'),
  'violations.setStatus': changes('violations'),
  'timeline.list': READ,
  'search.query': READ,
  'appointments.create': changes('schedule'),
  'appointments.get': READ,
  'appointments.list': READ,
  'appointments.forClient': READ,
  'appointments.updateOccurrence': changes('schedule'),
  'appointments.updateFollowing': changes('schedule'),
  'appointments.cancel': changes('schedule'),
  'appointments.setOutcome': changes('schedule'),
  'schedule.dashboard': READ,
  'schedule.contactStanding': READ,
  'schedule.fieldDay': READ,
  'schedule.exportIcs': READ,
  'schedule.exportItinerary': READ,
  'reports.chronology': READ,
  'courtReports.templates': READ,
  'courtReports.updateTemplate': changes('courtReports'),
  'courtReports.create': changes('courtReports'),
  'courtReports.get': READ,
  'courtReports.forClient': READ,
  'courtReports.office': READ,
  'courtReports.update': changes('courtReports'),
  'courtReports.refresh': changes('courtReports'),
  'courtReports.submit': changes('courtReports'),
  'courtReports.return': changes('courtReports'),
  'courtReports.approve': changes('courtReports'),
  'courtReports.newVersion': changes('courtReports'),
  'courtReports.export': changes('courtReports'),
  'reviews.queue': READ,
  'intakeDrafts.save': changes('intakeDrafts'),
  'intakeDrafts.list': READ,
  'intakeDrafts.get': READ,
  'intakeDrafts.delete': changes('intakeDrafts'),
  'backup.overview': READ,
  'backup.progress': READ,
  'backup.health': READ,
  'backup.updateSettings': changes('backup'),
  'backup.run': changes('backup'),
  'backup.restore': changes('backup'),
  'backup.restoreFirstRun': changes('backup'),
  'export.records': READ,
  'insights.page': READ,
  'insights.records': READ,
  'insights.monthlyReport': READ,
  'insights.opportunities': READ,
  'insights.startTermination': changes('insights'),
  'insights.courtDates': READ,
  'audit.list': READ,
  'audit.verify': READ,
  'audit.export': READ,
  'security.status': READ,
  'security.rotateKey': changes('security'),
  'office.createEnrollmentCode': changes('office'),
  'office.mode': READ,
  'office.listWorkstations': READ,
  'office.revokeWorkstation': changes('office'),
  'office.seal': changes('office'),
  'office.unseal': changes('office'),
};

/** Read models built from many domains' records (a timeline, the review queue, the dashboard): any write may change them. */
const SUMMARIES: readonly Domain[] = ['timeline', 'reviews', 'schedule', 'insights', 'search', 'audit'];

const effectOf = (channel: string): ChannelEffect | undefined => (Object.hasOwn(channelEffects, channel) ? channelEffects[channel as Channel] : undefined);

/** The domains a call writes, none for a read, a session's own channel or an unknown channel. */
export function writtenDomains(channel: string): readonly Domain[] {
  const effect = effectOf(channel);
  return typeof effect === 'object' ? effect.changes : [];
}

/** The domains other workstations refresh after a successful call: what it writes and every summary built on it. */
export function changedDomains(channel: string): readonly Domain[] {
  const written = writtenDomains(channel);
  return written.length === 0 ? [] : [...new Set([...written, ...SUMMARIES])];
}
