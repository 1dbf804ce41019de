import type { Faker } from '@faker-js/faker';
import type { SettingsValues } from '../../electron/api/settings/settingsSchemas';
import type { RiskInstrument } from '../../electron/api/settings/intakeSettingsSchemas';
import { notesContext, planNotes } from './caseNotesPlan';
import { clientFacts, type ClientFacts } from './clientFacts';
import { planCompliance } from './compliancePlan';
import { contactSchedule } from './contactSchedule';
import { noteBudgets, usualNoteCount } from './noteBudget';
import { noteWords } from './noteVoice';
import { planGoals } from './planGoals';
import { RecordBuilder, type RecordEvent } from './recordEvents';
import { planReferrals } from './referralsPlan';
import { daysBetween } from './seedDates';
import { planSobrietyMonitoring } from './sobrietyMonitoring';
import type { ClientPlan } from './syntheticClients';
import { endingViolation, ViolationRecorder } from './violationsPlan';

/** What the case records are written against: the office's settings and the size asked for. */
export interface RecordOffice {
  today: string;
  instrument: RiskInstrument;
  enforcement: SettingsValues['enforcement'];
  /** How many case notes the whole office should have; null for the usual pace of contacts. */
  notes: number | null;
}

/** One client in a thousand is in a 24/7 sobriety programme: those with the longest time out under supervision, drinkers first. */
function sobrietyProgramme(facts: ClientFacts[]): Set<number> {
  const ranked = facts
    .map((f, i) => ({ i, drinks: f.drugOfChoice === 'alcohol', days: daysBetween(f.from, f.until) }))
    .sort((a, b) => Number(b.drinks) - Number(a.drinks) || b.days - a.days || a.i - b.i);
  return new Set(ranked.slice(0, Math.floor(facts.length / 1000)).map((r) => r.i));
}

function clientRecord(faker: Faker, facts: ClientFacts, notes: number, monitored: boolean, office: RecordOffice): RecordEvent[] {
  const record = new RecordBuilder();
  const violations = new ViolationRecorder(faker, record, facts, office.enforcement, noteWords(faker, facts));
  const written = planNotes(faker, record, facts, contactSchedule(faker, facts, notes), notesContext(office.today, violations));
  endingViolation(
    violations,
    facts,
    written.slice(-3).filter((w) => w.contact.outcome === 'failed_to_attend'),
  );
  planCompliance(faker, record, facts, office.today);
  planGoals(faker, record, facts);
  planReferrals(faker, record, facts);
  if (monitored) planSobrietyMonitoring(faker, record, facts, violations);
  return record.events;
}

/**
 * Every client's case record from intake to "today": contacts with their notes, tests and violations, the
 * compliance ledger, the supervision plan and referrals. Drawn after the clients themselves, so the people
 * stay the same whatever the size of their records.
 */
export function caseRecords(faker: Faker, plans: ClientPlan[], office: RecordOffice): RecordEvent[][] {
  const facts = plans.map((plan) => clientFacts(faker, plan, office.instrument, office.today));
  const budgets = noteBudgets(
    facts.map((f) => usualNoteCount(f.level, f.from, f.until)),
    office.notes,
  );
  const monitored = sobrietyProgramme(facts);
  return facts.map((f, i) => clientRecord(faker, f, budgets[i], monitored.has(i), office));
}
