import { performance } from 'node:perf_hooks';
import dayjs from 'dayjs';
import { LOCAL_DATE_TIME_FORMAT } from '../../electron/api/shared/fieldSchemas';
import { CallRefused, type SimulatedWorkstation } from './simulatedWorkstation';

/** What one run of the mix recorded: each call's time by operation, the failures, and the writes the host acknowledged. */
export interface MixLog {
  samples: Map<string, number[]>;
  errors: { operation: string; message: string }[];
  notes: number[];
  /** Appointments booked, and whether their outcome was acknowledged too. */
  appointments: Map<number, boolean>;
}

export const newMixLog = (): MixLog => ({ samples: new Map(), errors: [], notes: [], appointments: new Map() });

export const OPERATIONS = {
  dashboard: 'read: dashboard',
  caseload: 'read: caseload',
  openClient: 'read: open a client (profile, contact log)',
  search: 'read: search',
  note: 'write: save and sign a note',
  book: 'write: book an appointment',
  outcome: 'write: record an outcome',
} as const;

/** Timed steps in one round of the mix, each followed by a pause. */
export const MIX_STEPS = Object.keys(OPERATIONS).length;

const randomOf = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];

const EVENING_SLOTS = 8;
/** Each run books from its own stretch of past days, so runs on one office copy rarely meet. */
const firstDayBack = 1 + Math.floor(Math.random() * 300);
let slotsBooked = 0;

/**
 * A past evening slot, so the outcome can be recorded at once (the service refuses one before the start), and
 * never the same twice in a run: a client has no two appointments at once, and the seeded calendar keeps office hours.
 */
function pastSlot() {
  const n = slotsBooked++;
  const start = dayjs()
    .startOf('day')
    .subtract(firstDayBack + Math.floor(n / EVENING_SLOTS), 'day')
    .hour(18)
    .add(30 * (n % EVENING_SLOTS), 'minute');
  return { start: start.format(LOCAL_DATE_TIME_FORMAT), end: start.add(30, 'minute').format(LOCAL_DATE_TIME_FORMAT) };
}

/**
 * An officer's day on one workstation, looped until `until`: the dashboard, the caseload, a client opened, a note
 * written and signed, a search, an appointment booked and its outcome recorded, with `thinkMs` (±50 %) between
 * steps as a person reads and types. Every call is timed; a failure is logged and the loop goes on.
 */
export async function runOfficerMix(desk: SimulatedWorkstation, until: number, thinkMs: number, log: MixLog): Promise<void> {
  const think = () => new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
  async function timed<T>(operation: string, run: () => Promise<T>): Promise<T | undefined> {
    const started = performance.now();
    try {
      const value = await run();
      const samples = log.samples.get(operation) ?? [];
      samples.push(performance.now() - started);
      log.samples.set(operation, samples);
      return value;
    } catch (error) {
      log.errors.push({ operation, message: error instanceof Error ? error.message : String(error) });
      return undefined;
    } finally {
      await think();
    }
  }
  while (Date.now() < until) {
    await timed(OPERATIONS.dashboard, () => desk.call('schedule.dashboard', {}));
    const caseload = await timed(OPERATIONS.caseload, () => desk.call('clients.caseload', { scope: 'mine', pageSize: 50 }));
    if (!caseload?.rows.length) continue;
    const client = randomOf(caseload.rows);
    await timed(OPERATIONS.openClient, async () => {
      await desk.call('clients.get', { clientId: client.id });
      await desk.call('caseNotes.list', { clientId: client.id });
    });
    const noteId = await timed(OPERATIONS.note, () => desk.writeSignedNote(client.id));
    if (noteId !== undefined) log.notes.push(noteId);
    await timed(OPERATIONS.search, () => desk.call('search.query', { text: randomOf(caseload.rows).lastName.slice(0, 3) }));
    const booked = await timed(OPERATIONS.book, async () => {
      const saved = await desk.call('appointments.create', {
        appointment: { type: 'office_visit', clientId: client.id, officerId: desk.officerId, ...pastSlot(), locationKind: 'office', locationText: 'Interview room 2' },
        confirmConflicts: true,
      });
      if (!saved.saved) throw new Error('The appointment was not saved.');
      return saved.appointments[0].id;
    });
    if (booked === undefined) continue;
    log.appointments.set(booked, false);
    const recorded = await timed(OPERATIONS.outcome, () => desk.call('appointments.setOutcome', { appointmentId: booked, outcome: 'attended_complied' }));
    if (recorded) log.appointments.set(booked, true);
  }
}

const READ_BACK_ATTEMPTS = 3;

/**
 * Acknowledged writes the host no longer has: notes not found or not signed, appointments not found or without
 * their outcome. A read back that fails for another reason is tried again, then logged as an error, not a loss.
 */
export async function findLostWrites(desk: SimulatedWorkstation, log: MixLog): Promise<string[]> {
  const lost: string[] = [];
  async function check(what: string, isThere: () => Promise<boolean>) {
    for (let attempt = 1; attempt <= READ_BACK_ATTEMPTS; attempt++) {
      try {
        if (!(await isThere())) lost.push(what);
        return;
      } catch (error) {
        if (error instanceof CallRefused && error.error.code === 'NOT_FOUND') return void lost.push(what);
        if (attempt === READ_BACK_ATTEMPTS) log.errors.push({ operation: `read back ${what}`, message: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  for (const noteId of log.notes) await check(`note ${noteId}`, () => desk.hasSignedNote(noteId));
  for (const [appointmentId, withOutcome] of log.appointments) {
    await check(`appointment ${appointmentId}`, async () => {
      const found = await desk.call('appointments.get', { appointmentId });
      return !withOutcome || found.appointment.outcome === 'attended_complied';
    });
  }
  return lost;
}
