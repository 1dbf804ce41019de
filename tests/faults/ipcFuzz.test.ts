import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, type Channel } from '../../electron/api/contract';
import { useTempOffices, type TempOffice } from '../fixtures/tempOffice';

const offices = useTempOffices();

/** Channels that end or change the session itself; their refusals are covered in the account and lock suites. */
const SESSION_CHANGING = new Set<string>(['auth.setup', 'auth.login', 'auth.logout', 'auth.lock', 'auth.unlock', 'auth.recover', 'auth.changePassword']);

const HOSTILE_VALUES: unknown[] = [
  null,
  true,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1e308,
  'x'.repeat(200_000),
  'nul\u0000byte',
  '\u0000',
  '',
  { toString: 1 },
  { nested: { deeper: [null] } },
  [],
  ['a', 1, null],
];

/** Whole-input shapes no channel accepts (or accepts as empty), then each known field in turn set to each hostile value. */
function malformedInputs(channel: Channel): unknown[] {
  const inputs: unknown[] = [null, 42, 'a string', [], [{}], { unexpected: 'extra key', __proto__: { admin: true } }, 'nul\u0000'];
  const schema = contract[channel].input as z.ZodType;
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, unknown>) : {};
  for (const key of Object.keys(shape)) for (const value of HOSTILE_VALUES) inputs.push({ [key]: value });
  return inputs;
}

async function signedInAdmin(office: TempOffice) {
  if (office.sessions.status().state !== 'active') await office.signInAsAdmin();
}

describe('IPC fuzz: every channel, malformed input, real encrypted office, signed in as an administrator', () => {
  it('answers each malformed call with a field error or a proper refusal, never INTERNAL', async () => {
    const office = await offices.setUp();
    const internal: string[] = [];
    let calls = 0;
    for (const channel of Object.keys(contract) as Channel[]) {
      if (SESSION_CHANGING.has(channel)) continue;
      for (const input of malformedInputs(channel)) {
        await signedInAdmin(office);
        const result = await office.dispatch(channel, input);
        calls++;
        if (!result.ok && result.error.code === 'INTERNAL') internal.push(`${channel} ${JSON.stringify(input)?.slice(0, 120)}`);
      }
    }
    expect(calls).toBeGreaterThan(500);
    expect(internal).toEqual([]);
    expect(office.loggedErrors.map((e) => `${e.channel}: ${String(e.error)}`)).toEqual([]);
  }, 300_000);

  it.each([
    ['clients.setPhoto', { clientId: 1, photo: { mime: 'image/png', base64: '%%%% not base64 at all %%%%' } }, 'photo.base64'],
    ['clients.setPhoto', { clientId: 1, photo: { mime: 'image/jpeg', base64: 'iVBORw0KGgo=\u0000' } }, 'photo.base64'],
    ['search.query', { text: 'smith\u0000' }, 'text'],
    ['search.query', { text: { toString: 1 } }, 'text'],
  ])('%s with %j is a VALIDATION error on %s', async (channel, input, field) => {
    const office = await offices.setUp();
    expect(await office.fail(channel, input)).toMatchObject({ code: 'VALIDATION', field });
    expect(office.loggedErrors).toEqual([]);
  });
});
