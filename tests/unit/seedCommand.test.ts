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
    expect(() => parse('--patients', '10')).toThrow(
      new UsageError(
        'Unknown option --patients. The options are: --demo, --clients, --notes, --appointments, --data-dir, --password, --today, --reset, --no-start, --help (--help explains them).',
      ),
    );
  });

  it('takes a total of case notes for the scale office, and leaves the usual pace when none is given', () => {
    expect(parse().notes).toBeNull();
    expect(parse('--clients', '5000', '--notes', '500000')).toMatchObject({ mode: 'seed', clients: 5000, notes: 500000 });
    expect(parse('--notes', '0').notes).toBe(0);
    expect(() => parse('--notes', 'lots')).toThrow(new UsageError('--notes takes a whole number from 0 to 10000000, not "lots".'));
    expect(() => parse('--notes=-5')).toThrow(/--notes takes a whole number/);
    expect(() => parse('--notes', '2.5')).toThrow(/--notes takes a whole number/);
    expect(() => parse('--notes', '10000001')).toThrow(/--notes takes a whole number/);
    expect(() => parse('--demo', '--notes', '1000')).toThrow(/--notes is for `npm run seed`/);
  });

  it('takes a total of appointments for the scale office, none by default', () => {
    expect(parse().appointments).toBe(0);
    expect(parse('--notes', '500000', '--appointments', '100000')).toMatchObject({ mode: 'seed', notes: 500000, appointments: 100000 });
    expect(() => parse('--appointments', 'many')).toThrow(new UsageError('--appointments takes a whole number from 0 to 2000000, not "many".'));
    expect(() => parse('--appointments=-1')).toThrow(/--appointments takes a whole number/);
    expect(() => parse('--appointments', '1e5')).toThrow(/--appointments takes a whole number/);
    expect(() => parse('--appointments', '2000001')).toThrow(/--appointments takes a whole number/);
    expect(() => parse('--demo', '--appointments', '100')).toThrow(/--appointments is for `npm run seed`/);
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
