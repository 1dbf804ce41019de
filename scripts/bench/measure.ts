import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  p95: number;
}

/** Untimed runs before each measurement, so SQLite's page cache is as everyday use leaves it. */
export const WARM_UP_RUNS = 3;

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

/** How many runs to time: at least `min`, and more (up to `max`) until each copy has been timed for `minMs`. */
export interface Runs {
  min: number;
  max: number;
  minMs: number;
}

/** A fixed number of runs (signing in). */
export const exactly = (n: number): Runs => ({ min: n, max: n, minMs: 0 });

/**
 * Reads and writes are timed for a second on each copy where they can be: thirty runs of a 2 ms read took 60 ms,
 * a moment in which a shared machine's noise could move the median by a tenth. Each run reads other records, up
 * to 400; a write needs a fresh target for each run (made before timing), so writes stop at 100.
 */
export const readRuns = (min: number): Runs => ({ min, max: Math.max(min, 400), minMs: 1000 });
export const writeRuns = (min: number): Runs => ({ min, max: Math.max(min, 100), minMs: 1000 });

/**
 * The pair in a random order. Every audited read ends in a commit that waits for fsync, and one file's sync can
 * delay the next one's: in a fixed order the copy timed second paid for it (the plain team week alternated 7 and
 * 10 ms while the encrypted one held 7).
 */
const inEitherOrder = <T>(pair: readonly [T, T]): readonly T[] => (Math.random() < 0.5 ? pair : [pair[1], pair[0]]);

/**
 * Times `run` on the encrypted office and on its unencrypted copy, interleaved so that a busy machine
 * slows both alike; a few warm-up runs first fill SQLite's page cache as everyday use would. Runs are numbered
 * from `first` (warm-ups after the most that can be measured), so writes that need a fresh target each time get one.
 */
export async function compare(runs: Runs, run: (target: 'encrypted' | 'plain', i: number) => unknown, first = 0): Promise<{ encrypted: Timing; plain: Timing }> {
  const samples = { encrypted: [] as number[], plain: [] as number[] };
  const spent = { encrypted: 0, plain: 0 };
  for (let i = 0; i < WARM_UP_RUNS; i++) {
    await run('encrypted', first + runs.max + i);
    await run('plain', first + runs.max + i);
  }
  for (let i = 0; i < runs.max && (i < runs.min || Math.min(spent.encrypted, spent.plain) < runs.minMs); i++) {
    for (const target of inEitherOrder(['encrypted', 'plain'] as const)) {
      const started = performance.now();
      await run(target, first + i);
      const took = performance.now() - started;
      samples[target].push(took);
      spent[target] += took;
    }
  }
  return { encrypted: summarize(samples.encrypted), plain: summarize(samples.plain) };
}

export interface BenchRow {
  operation: string;
  encrypted: Timing;
  /** Null where there is no plain counterpart (the browser shell opens the encrypted office only). */
  plain: Timing | null;
  /** The most the encrypted median may take, in ms; null: no goal. */
  goalMs: number | null;
}

/** Encryption may cost this much at most, on every row with a plain counterpart. */
export const MAX_RATIO = 1.25;

export const ratioOf = (row: BenchRow) => (row.plain ? row.encrypted.median / row.plain.median : null);
/** Unlocking runs the KDF on purpose, so its ratio to opening a plain file is no cost of encryption to hold down. */
const ratioApplies = (row: BenchRow) => row.plain !== null && !row.operation.startsWith('sign in');
/** Over its goal in time, or encryption costing more than MAX_RATIO. */
export const overGoal = (row: BenchRow) => (row.goalMs !== null && row.encrypted.median > row.goalMs) || (ratioApplies(row) && (ratioOf(row) ?? 0) > MAX_RATIO);

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/** A plain-text table: median and p95 per operation, the encrypted/plain ratio of the medians, the goal; rows over it end in "✗ over". */
export function formatTable(rows: BenchRow[]): string {
  const header = ['operation', 'encrypted median', 'encrypted p95', 'unencrypted median', 'unencrypted p95', 'ratio', 'goal', ''];
  const body = rows.map((r) => {
    const ratio = ratioOf(r);
    return [
      r.operation,
      ms(r.encrypted.median),
      ms(r.encrypted.p95),
      r.plain ? ms(r.plain.median) : '–',
      r.plain ? ms(r.plain.p95) : '–',
      ratio === null ? '–' : `${ratio.toFixed(2)}×`,
      [r.goalMs === null ? '' : `≤ ${r.goalMs} ms`, ratioApplies(r) ? `≤ ${MAX_RATIO}×` : ''].filter(Boolean).join(', '),
      overGoal(r) ? '✗ over' : '',
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((row) => row[c].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** The rows for tools (`npm run bench -- --json FILE`): milliseconds, the ratio, the goal and whether the row is over it. */
export function jsonRows(rows: BenchRow[]) {
  return rows.map((r) => ({
    operation: r.operation,
    encryptedMedianMs: r.encrypted.median,
    encryptedP95Ms: r.encrypted.p95,
    plainMedianMs: r.plain?.median ?? null,
    plainP95Ms: r.plain?.p95 ?? null,
    ratio: ratioOf(r),
    goalMs: r.goalMs,
    maxRatio: ratioApplies(r) ? MAX_RATIO : null,
    overGoal: overGoal(r),
  }));
}
