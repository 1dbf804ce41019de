import dayjs from 'dayjs';

const OFFICE_OPENS_AT_MINUTES = 8 * 60 + 30;

/**
 * The services' clock while seeding: each event happens on its own (historical) date, so case numbers,
 * creation stamps and the audit log read like an office's real history. It only moves forward and never
 * past the real time the run started, so timestamps stay in the past.
 */
export class SeedClock {
  private current: number;
  private readonly limit = Date.now();

  constructor(startDate: string) {
    this.current = Math.min(this.openingOf(startDate), this.limit);
  }

  readonly now = () => new Date(this.current);

  /** Moves a minute on: the next thing the office does. */
  tick() {
    this.current = Math.min(this.current + 60_000, this.limit);
  }

  /** Moves a second on: the next step of one task (a booking, an outcome) on a busy morning. */
  nudge() {
    this.current = Math.min(this.current + 1000, this.limit);
  }

  /** Moves to the opening of the office on `date`, or a minute on when that moment has passed. */
  advanceTo(date: string) {
    this.current = Math.min(Math.max(this.openingOf(date), this.current + 60_000), this.limit);
  }

  /**
   * Moves to a local moment (YYYY-MM-DDTHH:mm), or a second on when the clock has passed it: the entries of a
   * busy day keep their order without drifting far from the times they were planned at.
   */
  advanceToMoment(moment: string) {
    this.current = Math.min(Math.max(dayjs(moment).valueOf(), this.current + 1000), this.limit);
  }

  private openingOf(date: string) {
    return dayjs(date).startOf('day').add(OFFICE_OPENS_AT_MINUTES, 'minute').valueOf();
  }
}
