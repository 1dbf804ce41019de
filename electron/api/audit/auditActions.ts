/** What an audit row records: a look at the record (a view, a list, a search or an export), a change to it, or a sign-in, lock or key event. */
export const AUDIT_KINDS = ['view', 'change', 'security'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_KIND_LABELS: Record<AuditKind, string> = { view: 'Views and exports', change: 'Changes', security: 'Sign-ins and security' };

const view = (label: string) => ({ label, kind: 'view' as const });
const change = (label: string) => ({ label, kind: 'change' as const });
const security = (label: string) => ({ label, kind: 'security' as const });

/**
 * Every action the services write to the audit log, as the log reads it. A row whose action is not here shows its
 * code; a unit test checks that every action the services write has its line.
 */
export const AUDIT_ACTIONS = {
  'office.setup': security('Office set up'),
  'auth.login': security('Signed in'),
  'auth.logout': security('Signed out'),
  'auth.lock': security('Locked the app'),
  'auth.unlock': security('Unlocked the app'),
  'auth.changePassword': security('Changed password'),
  'auth.recover': security('Recovered an account'),
  'security.rotateKey': security('Changed the database key'),
  'vault.pendingAudit': security('Event reported by the vault file'),
  'user.create': change('Created an account'),
  'user.update': change('Edited an account'),
  'user.deactivate': change('Deactivated an account'),
  'user.reactivate': change('Reactivated an account'),
  'user.releaseLockout': change('Released a lockout'),
  'user.resetPassword': change('Reset a password'),
  'settings.update': change('Changed office settings'),
  'office.createEnrollmentCode': security('Issued a workstation enrollment code'),
  'office.enrollWorkstation': security('Enrolled a workstation'),
  'office.revokeWorkstation': security('Revoked a workstation'),
  'backup.create': change('Backed up the office'),
  'backup.restore': change('Restored a backup'),
  'export.records': view('Exported the office records'),
  'audit.list': view('Viewed the audit log'),
  'audit.verify': view('Verified the audit chain'),
  'audit.export': view('Exported the audit log'),
  'caseload.list': view('Viewed a caseload'),
  'search.query': view('Searched'),
  'client.view': view('Viewed a client record'),
  'client.access': view('Opened a client not on the caseload'),
  'client.duplicateCheck': view('Checked for duplicates'),
  'client.create': change('Created a client'),
  'client.updateIdentity': change('Edited identity'),
  'client.updateBackground': change('Edited background'),
  'client.updateSafetyAlerts': change('Edited safety alerts'),
  'client.setPhoto': change('Changed the photo'),
  'client.removePhoto': change('Removed the photo'),
  'client.addAddress': change('Added an address'),
  'client.updateAddress': change('Edited an address'),
  'client.verifyAddress': change('Verified an address'),
  'client.moveOutOfAddress': change('Moved out of an address'),
  'client.addAssociate': change('Added an associate'),
  'client.updateAssociate': change('Edited an associate'),
  'client.removeAssociate': change('Removed an associate'),
  'client.addCourtCase': change('Added a court case'),
  'client.updateCourtCase': change('Edited a court case'),
  'client.addCondition': change('Added a condition'),
  'client.updateCondition': change('Edited a condition'),
  'client.setConditionStatus': change('Changed a condition’s status'),
  'client.reassess': change('Reassessed risk'),
  'client.status': change('Changed supervision status'),
  'client.transfer': change('Transferred a client'),
  'client.reopen': change('Reopened a case'),
  'intakeDraft.save': change('Saved an intake draft'),
  'intakeDraft.delete': change('Deleted an intake draft'),
  'caseNote.create': change('Wrote a case note'),
  'caseNote.update': change('Edited a draft note'),
  'caseNote.sign': change('Signed a case note'),
  'caseNote.delete': change('Deleted a draft note'),
  'caseNote.addendum': change('Added an addendum'),
  'caseNote.review': change('Reviewed a case note'),
  'drugTest.create': change('Recorded a drug test'),
  'drugTest.labResult': change('Recorded a lab result'),
  'violation.create': change('Recorded a violation'),
  'violation.update': change('Edited a violation'),
  'violation.respond': change('Responded to a violation'),
  'violation.status': change('Changed a violation’s status'),
  'compliance.attendance': change('Recorded attendance'),
  'compliance.ledger': change('Recorded a payment or charge'),
  'compliance.serviceHours': change('Logged service hours'),
  'plan.addGoal': change('Added a plan goal'),
  'plan.updateGoal': change('Edited a plan goal'),
  'referral.create': change('Made a referral'),
  'referral.update': change('Edited a referral'),
  'referral.status': change('Changed a referral’s status'),
  'agency.create': change('Added an agency'),
  'agency.update': change('Edited an agency'),
  'appointment.list': view('Viewed a calendar'),
  'appointment.view': view('Viewed an appointment'),
  'appointment.access': view('Opened another officer’s appointment'),
  'appointment.create': change('Booked an appointment'),
  'appointment.update': change('Edited an appointment'),
  'appointment.updateFollowing': change('Edited a series from an occurrence on'),
  'appointment.cancel': change('Cancelled an appointment'),
  'appointment.cancelFollowing': change('Cancelled a series from an occurrence on'),
  'appointment.outcome': change('Recorded an appointment’s outcome'),
  'schedule.dashboard': view('Viewed who is due'),
  'schedule.exportIcs': view('Exported a calendar'),
  'report.export': view('Exported a report'),
  'courtReport.list': view('Viewed court reports'),
  'courtReport.create': change('Started a court report'),
  'courtReport.update': change('Edited a court report'),
  'courtReport.refresh': change('Refreshed a court report'),
  'courtReport.submit': change('Submitted a court report'),
  'courtReport.return': change('Returned a court report'),
  'courtReport.approve': change('Approved a court report'),
  'courtReport.newVersion': change('Started a new report version'),
  'courtReport.export': view('Exported a court report'),
  'courtReport.template': change('Edited a report template'),
  'review.queue': view('Viewed the review queue'),
  'insights.view': view('Viewed insights'),
  'insights.records': view('Viewed the records behind a figure'),
  'insights.opportunities': view('Viewed opportunities'),
  'insights.courtDates': view('Viewed court dates'),
  'insights.access': view('Opened insights beyond their scope'),
} as const satisfies Record<string, { label: string; kind: AuditKind }>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(AUDIT_ACTIONS, action);

/** How an action reads in the log; an action nobody labeled yet shows its code rather than nothing. */
export const auditActionLabel = (action: string) => (isAuditAction(action) ? AUDIT_ACTIONS[action].label : action);

/** The actions of one kind, as the log's filter asks for them. */
export const auditActionsOfKind = (kind: AuditKind) => (Object.keys(AUDIT_ACTIONS) as AuditAction[]).filter((action) => AUDIT_ACTIONS[action].kind === kind);
