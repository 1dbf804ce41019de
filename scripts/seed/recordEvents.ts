import type { ChannelInput as Input } from '../../electron/api/contract';

/** What the records of a client point at before they exist: a number the plan gives each note, test, violation, goal and referral. */
export type Ref = number;

/** A note, test, violation… as the officer would enter it; `Ref`s and condition indexes stand in for the database ids. */
type NoteFields = Input<'caseNotes.create'>['note'];
export type DrugTestFields = Omit<Input<'drugTests.create'>['test'], 'noteId'>;
type ViolationFields = Omit<Input<'violations.create'>['violation'], 'conditionId' | 'noteIds' | 'drugTestIds'>;
type ResponseFields = Input<'violations.respond'>['response'];
type ServiceHoursFields = Omit<Input<'compliance.logServiceHours'>['entry'], 'conditionId'>;
type LedgerFields = Omit<Input<'compliance.addLedgerEntry'>['entry'], 'conditionId'>;
type AttendanceFields = Omit<Input<'compliance.recordAttendance'>['entry'], 'conditionId'>;
export type GoalFields = Input<'plan.addGoal'>['goal'];
type ReferralFields = Omit<Input<'referrals.create'>['referral'], 'agencyId'>;

/**
 * One step of a client's case record, at the local time it was written (YYYY-MM-DDTHH:mm). Conditions are
 * indexes into the intake's conditions; agencies are indexes into the office's directory.
 */
export type RecordEvent = { at: string } & (
  | { kind: 'note'; ref: Ref; note: NoteFields; sign: boolean }
  | { kind: 'signNote'; note: Ref }
  | { kind: 'addendum'; note: Ref; text: string }
  /** By the officer's supervisor. */
  | { kind: 'review'; note: Ref; comment: string }
  | { kind: 'drugTest'; ref: Ref; note: Ref | null; test: DrugTestFields }
  | { kind: 'labResult'; test: Ref; result: Omit<Input<'drugTests.recordLabResult'>, 'drugTestId'> }
  | { kind: 'violation'; ref: Ref; condition: number | null; notes: Ref[]; tests: Ref[]; violation: ViolationFields }
  | { kind: 'response'; violation: Ref; response: ResponseFields }
  | { kind: 'violationStatus'; violation: Ref; status: Input<'violations.setStatus'>['status'] }
  | { kind: 'serviceHours'; condition: number; entry: ServiceHoursFields }
  | { kind: 'ledger'; condition: number | null; entry: LedgerFields }
  | { kind: 'attendance'; condition: number | null; entry: AttendanceFields }
  | { kind: 'goal'; ref: Ref; goal: GoalFields; note: string }
  | { kind: 'goalUpdate'; goal: Ref; change: GoalFields; note: string }
  | { kind: 'referral'; ref: Ref; agency: number; referral: ReferralFields }
  | { kind: 'referralStatus'; referral: Ref; change: Omit<Input<'referrals.setStatus'>, 'referralId'> }
  | { kind: 'referralOutcome'; referral: Ref; change: Omit<Input<'referrals.update'>, 'referralId'> }
);

type Step<K extends RecordEvent['kind']> = Omit<Extract<RecordEvent, { kind: K }>, 'kind' | 'ref'>;

/** Collects one client's record; entries that others point at get the next `Ref`. */
export class RecordBuilder {
  readonly events: RecordEvent[] = [];
  private nextRef = 0;

  private add<K extends RecordEvent['kind']>(kind: K, step: Step<K>, withRef: boolean): Ref {
    const ref = withRef ? this.nextRef++ : -1;
    // The public methods below give each kind its own step type; the union cannot follow K through the spread.
    this.events.push({ kind, ...(withRef ? { ref } : {}), ...step } as unknown as RecordEvent);
    return ref;
  }

  note = (step: Step<'note'>) => this.add('note', step, true);
  drugTest = (step: Step<'drugTest'>) => this.add('drugTest', step, true);
  violation = (step: Step<'violation'>) => this.add('violation', step, true);
  goal = (step: Step<'goal'>) => this.add('goal', step, true);
  referral = (step: Step<'referral'>) => this.add('referral', step, true);
  step = <K extends Exclude<RecordEvent['kind'], 'note' | 'drugTest' | 'violation' | 'goal' | 'referral'>>(kind: K, step: Step<K>) => {
    this.add(kind, step, false);
  };
}
