import { describe, expect, it } from 'vitest';
import { parseSeedCommand, UsageError } from '../../scripts/seed/cliOptions';

const TODAY = '2026-11-23';
const parse = (...argv: string[]) => parseSeedCommand(argv, TODAY);

describe('seed command line', () => {
  it('defaults to a 5000-client scale office, and to 200 clients for the demo', () => {
    expect(parse()).toMatchObject({ mode: 'seed', clients: 5000, dataDir: null, password: null, today: TODAY, reset: false });
    expect(parse('--demo')).toMatchObject({ mode: 'demo', clients: 200, start: true });
    expect(parse('--demo', '--no-start', '--reset', '--clients', '20')).toMatchObject({ clients: 20, start: false, reset: true });
  });

  it('names an unknown option and lists the known ones', () => {
    expect(() => parse('--notes', '10')).toThrow(new UsageError('Unknown option --notes. The options are: --demo, --clients, --data-dir, --password, --today, --reset, --no-start, --help (--help explains them).'));
  });

  it('refuses a bad client count, a future or malformed date, a weak password and options of the other mode', () => {
    expect(() => parse('--clients', 'many')).toThrow(/--clients takes a whole number/);
    expect(() => parse('--clients', '0')).toThrow(/--clients takes a whole number/);
    expect(() => parse('--today', '2026-11-24')).toThrow(/today or earlier/);
    expect(() => parse('--today', '2026-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => parse('--password', 'short')).toThrow(/--password: Use at least 12 characters/);
    expect(() => parse('--password', 'password1234')).toThrow(/--password: This password is on the list/);
    expect(() => parse('--demo', '--password', 'Lantern-Orchard-Tidal-42')).toThrow(/always uses the printed demo password/);
    expect(() => parse('--no-start')).toThrow(/--no-start goes with --demo/);
  });
});
