import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  p95: number;
}

function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

/**
 * Times `run` on the encrypted office and on its unencrypted copy, interleaved so that a busy machine
 * slows both alike; a few warm-up runs first fill SQLite's page cache as everyday use would.
 */
export async function compare(
  iterations: number,
  run: (target: 'encrypted' | 'plain', i: number) => unknown,
): Promise<{ encrypted: Timing; plain: Timing }> {
  const samples = { encrypted: [] as number[], plain: [] as number[] };
  for (let i = 0; i < 3; i++) {
    await run('encrypted', i);
    await run('plain', i);
  }
  for (let i = 0; i < iterations; i++) {
    for (const target of ['encrypted', 'plain'] as const) {
      const started = performance.now();
      await run(target, i);
      samples[target].push(performance.now() - started);
    }
  }
  return { encrypted: summarize(samples.encrypted), plain: summarize(samples.plain) };
}

export interface BenchRow {
  operation: string;
  encrypted: Timing;
  plain: Timing;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/** A plain-text table: median and p95 per operation, and the encrypted/plain ratio of the medians. */
export function formatTable(rows: BenchRow[]): string {
  const header = ['operation', 'encrypted median', 'encrypted p95', 'unencrypted median', 'unencrypted p95', 'ratio'];
  const body = rows.map((r) => [r.operation, ms(r.encrypted.median), ms(r.encrypted.p95), ms(r.plain.median), ms(r.plain.p95), `${(r.encrypted.median / r.plain.median).toFixed(2)}×`]);
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((row) => row[c].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
