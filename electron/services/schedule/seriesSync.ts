import { and, eq, gte, inArray } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { appointments, appointmentSeriesExceptions, type AppointmentRow, type AppointmentSeriesRow, type SeriesExceptionRow } from '../../../db/schema';
import type { TemplateValues } from './appointmentValues';
import type { Slot } from './conflicts';
import type { Occurrence, SeriesDefinition } from './recurrence';

/**
 * A series' occurrences are stored as appointment rows. Rows that still follow the rule ("pattern rows": scheduled
 * and not changed on their own) are re-timed, added or removed when the series changes; rows with an outcome and
 * rows with an exception (moved, modified, cancelled on their own) keep their own values and only follow their slot.
 */
export const seriesDefinition = (series: AppointmentSeriesRow): SeriesDefinition => ({
  pattern: series.pattern,
  firstStartLocal: series.firstStartLocal,
  durationMinutes: series.durationMinutes,
  timeZone: series.timeZone,
  untilDate: series.untilDate,
  count: series.count,
});

/**
 * Which new occurrence each old one becomes: by position when the pattern is unchanged (the 3rd check-in of the
 * rest of the series stays the 3rd, wherever the series moved), else by calendar date (an exception survives when
 * the new rule still meets on its day). Keys are the old occurrences' UTC starts.
 */
export function pairOccurrences(previous: Occurrence[], next: Occurrence[], samePattern: boolean): Map<string, Occurrence> {
  if (samePattern) return new Map(previous.slice(0, next.length).map((old, index) => [old.startAt, next[index]]));
  const byDate = new Map(next.map((occurrence) => [occurrence.startLocal.slice(0, 10), occurrence]));
  const pairs = new Map<string, Occurrence>();
  for (const old of previous) {
    const match = byDate.get(old.startLocal.slice(0, 10));
    if (match) pairs.set(old.startAt, match);
  }
  return pairs;
}

export interface SeriesPlan {
  /** Pattern rows given a (possibly new) occurrence and the template. */
  retime: { row: AppointmentRow; occurrence: Occurrence }[];
  /** Rows that keep their own values and take the new key of their slot. */
  rekey: { row: AppointmentRow; occurrence: Occurrence; exception: SeriesExceptionRow | undefined }[];
  /** Pattern rows the new rule no longer has. */
  remove: AppointmentRow[];
  /** Rows with their own values whose slot the new rule no longer has: they stay as appointments on their own. */
  detach: AppointmentRow[];
  /** New occurrences no existing row stands for. */
  insert: Occurrence[];
}

export interface SeriesRows {
  rows: AppointmentRow[];
  exceptions: Map<number, SeriesExceptionRow>;
}

/** The rows of a series from a given original start on, with their exceptions by appointment id. */
export function seriesRowsFrom(db: DbExecutor, seriesId: number, fromStartAt: string): SeriesRows {
  const rows = db
    .select()
    .from(appointments)
    .where(and(eq(appointments.seriesId, seriesId), gte(appointments.originalStartAt, fromStartAt)))
    .all();
  const ids = rows.map((row) => row.id);
  const exceptions = ids.length ? db.select().from(appointmentSeriesExceptions).where(inArray(appointmentSeriesExceptions.appointmentId, ids)).all() : [];
  return { rows, exceptions: new Map(exceptions.map((e) => [e.appointmentId, e])) };
}

/** `followsRule(row)`: a pattern row, to be re-timed with the series. */
export function planSeriesRows(current: SeriesRows, pairs: Map<string, Occurrence>, next: Occurrence[], followsRule: (row: AppointmentRow) => boolean): SeriesPlan {
  const plan: SeriesPlan = { retime: [], rekey: [], remove: [], detach: [], insert: [] };
  const claimed = new Set<string>();
  for (const row of current.rows) {
    const occurrence = pairs.get(row.originalStartAt as string);
    const pattern = followsRule(row);
    if (occurrence) claimed.add(occurrence.startAt);
    if (pattern && occurrence) plan.retime.push({ row, occurrence });
    else if (pattern) plan.remove.push(row);
    else if (occurrence) plan.rekey.push({ row, occurrence, exception: current.exceptions.get(row.id) });
    else plan.detach.push(row);
  }
  plan.insert = next.filter((occurrence) => !claimed.has(occurrence.startAt));
  return plan;
}

/** The time the plan's rule-following rows will take, for the conflict check. */
export const plannedSlots = (plan: SeriesPlan): Slot[] => [...plan.retime.map((r) => r.occurrence), ...plan.insert];

export interface ApplyContext {
  seriesId: number;
  template: TemplateValues;
  at: string;
  actorId: number;
}

/** Writes a plan: exceptions are re-keyed by deleting and re-inserting them, so keys never collide on the way. */
export function applySeriesPlan(tx: DbExecutor, current: SeriesRows, plan: SeriesPlan, { seriesId, template, at, actorId }: ApplyContext): number[] {
  const exceptionIds = [...current.exceptions.values()].map((e) => e.id);
  if (exceptionIds.length) tx.delete(appointmentSeriesExceptions).where(inArray(appointmentSeriesExceptions.id, exceptionIds)).run();
  const removed = plan.remove.map((row) => row.id);
  if (removed.length) tx.delete(appointments).where(inArray(appointments.id, removed)).run();
  const detached = plan.detach.map((row) => row.id);
  if (detached.length) tx.update(appointments).set({ seriesId: null, originalStartAt: null, updatedAt: at, updatedBy: actorId }).where(inArray(appointments.id, detached)).run();
  const touched: number[] = [];
  for (const { row, occurrence } of plan.retime) {
    tx.update(appointments)
      .set({ ...template, seriesId, startAt: occurrence.startAt, endAt: occurrence.endAt, originalStartAt: occurrence.startAt, updatedAt: at, updatedBy: actorId })
      .where(eq(appointments.id, row.id))
      .run();
    touched.push(row.id);
  }
  for (const { row, occurrence, exception } of plan.rekey) {
    tx.update(appointments).set({ seriesId, originalStartAt: occurrence.startAt }).where(eq(appointments.id, row.id)).run();
    if (exception) {
      tx.insert(appointmentSeriesExceptions)
        .values({ seriesId, originalStartAt: occurrence.startAt, kind: exception.kind, appointmentId: row.id, createdAt: exception.createdAt, createdBy: exception.createdBy })
        .run();
    }
    touched.push(row.id);
  }
  touched.push(...insertOccurrences(tx, plan.insert, { seriesId, template, at, actorId }));
  return touched;
}

/** New pattern rows for occurrences of a series. */
export function insertOccurrences(tx: DbExecutor, occurrences: Occurrence[], { seriesId, template, at, actorId }: ApplyContext): number[] {
  if (occurrences.length === 0) return [];
  return tx
    .insert(appointments)
    .values(occurrences.map((o) => ({ ...template, seriesId, startAt: o.startAt, endAt: o.endAt, originalStartAt: o.startAt, createdAt: at, createdBy: actorId })))
    .returning({ id: appointments.id })
    .all()
    .map((row) => row.id);
}
