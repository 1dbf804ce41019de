import { loadavg } from 'node:os';
import { summarize } from '../bench/measure';
import type { MixLog } from './officerMix';

/** The issue's goals for the office at scale. */
export const GOALS = { readP95Ms: 200, writeP95Ms: 300 } as const;

export interface LoadFigures {
  workstations: number;
  minutes: number;
  thinkMs: number;
  rampUpSeconds: number;
  operations: { operation: string; count: number; p50Ms: number; p95Ms: number; goalP95Ms: number; met: boolean }[];
  operationsPerSecond: number;
  errors: number;
  errorExamples: string[];
  acknowledgedWrites: number;
  lostWrites: number;
  lostExamples: string[];
  hostRssMiB: { afterSignIn: number; peak: number; end: number };
  loadAverage: { start: number[]; end: number[] };
  goalsMet: boolean;
}

export interface LoadRun {
  workstations: number;
  minutes: number;
  thinkMs: number;
  rampUpSeconds: number;
  seconds: number;
  logs: MixLog[];
  lost: string[];
  rssBytes: { afterSignIn: number; peak: number; end: number };
  loadAverageAtStart: number[];
}

const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);
const round = (ms: number) => Math.round(ms * 10) / 10;

export function loadFigures(run: LoadRun): LoadFigures {
  const byOperation = new Map<string, number[]>();
  for (const log of run.logs) for (const [operation, samples] of log.samples) byOperation.set(operation, [...(byOperation.get(operation) ?? []), ...samples]);
  const operations = [...byOperation].map(([operation, samples]) => {
    const { median, p95 } = summarize(samples);
    const goalP95Ms = operation.startsWith('write') ? GOALS.writeP95Ms : GOALS.readP95Ms;
    return { operation, count: samples.length, p50Ms: round(median), p95Ms: round(p95), goalP95Ms, met: p95 <= goalP95Ms };
  });
  const errors = run.logs.flatMap((log) => log.errors.map((e) => `${e.operation}: ${e.message}`));
  const done = operations.reduce((sum, o) => sum + o.count, 0);
  return {
    workstations: run.workstations,
    minutes: run.minutes,
    thinkMs: run.thinkMs,
    rampUpSeconds: run.rampUpSeconds,
    operations,
    operationsPerSecond: Math.round((done / run.seconds) * 10) / 10,
    errors: errors.length,
    errorExamples: [...new Set(errors)].slice(0, 5),
    acknowledgedWrites: run.logs.reduce((sum, log) => sum + log.notes.length + log.appointments.size, 0),
    lostWrites: run.lost.length,
    lostExamples: run.lost.slice(0, 5),
    hostRssMiB: { afterSignIn: mib(run.rssBytes.afterSignIn), peak: mib(run.rssBytes.peak), end: mib(run.rssBytes.end) },
    loadAverage: { start: run.loadAverageAtStart, end: loadavg().map((n) => Math.round(n * 100) / 100) },
    goalsMet: errors.length === 0 && run.lost.length === 0 && operations.every((o) => o.met),
  };
}

/** The figures as the terminal shows them, each operation beside its goal. */
export function formatFigures(f: LoadFigures): string {
  const header = ['operation', 'count', 'p50', 'p95', 'goal (p95)', ''];
  const rows = f.operations.map((o) => [o.operation, String(o.count), `${o.p50Ms} ms`, `${o.p95Ms} ms`, `≤ ${o.goalP95Ms} ms`, o.met ? '' : '✗ over']);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  return [
    `${f.workstations} workstations for ${f.minutes} min, ${f.thinkMs} ms (±50 %) between an officer's steps, joining evenly over the first ${f.rampUpSeconds} s`,
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
    `operations per second: ${f.operationsPerSecond}`,
    `errors: ${f.errors} (goal 0)${f.errorExamples.map((e) => `\n  ${e}`).join('')}`,
    `lost writes: ${f.lostWrites} of ${f.acknowledgedWrites} acknowledged, each read back (goal 0)${f.lostExamples.map((e) => `\n  ${e}`).join('')}`,
    `host RSS: ${f.hostRssMiB.afterSignIn} MiB after sign-in, ${f.hostRssMiB.peak} MiB peak, ${f.hostRssMiB.end} MiB at the end`,
    `load average (1, 5, 15 min): ${f.loadAverage.start.join(', ')} at the start, ${f.loadAverage.end.join(', ')} at the end (the machine is shared)`,
    f.goalsMet ? 'Goals met.' : 'Goals NOT met.',
  ].join('\n');
}
