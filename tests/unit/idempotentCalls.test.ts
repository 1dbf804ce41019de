import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../electron/api/errors';
import { idempotencyKeyOf, IdempotentCalls } from '../../electron/office/idempotentCalls';

const KEY = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** A call that counts its runs and answers when the test says so. */
function pendingCall() {
  let runs = 0;
  let answer: (value: ApiResult<unknown>) => void = () => undefined;
  const call = () => {
    runs += 1;
    return new Promise<ApiResult<unknown>>((resolve) => (answer = resolve));
  };
  return { call, runs: () => runs, answer: (value: unknown) => answer({ ok: true, value }) };
}

describe('idempotent calls on the office host', () => {
  it('runs a key once: a retry that arrives while the first still runs waits for its answer, a later one gets it too', async () => {
    const calls = new IdempotentCalls();
    const write = pendingCall();
    const first = calls.run('desk', KEY, write.call);
    const retry = calls.run('desk', KEY, write.call);
    write.answer(41);
    expect(await first).toEqual({ ok: true, value: 41 });
    expect(await retry).toEqual({ ok: true, value: 41 });
    expect(await calls.run('desk', KEY, write.call)).toEqual({ ok: true, value: 41 });
    expect(write.runs()).toBe(1);
  });

  it('keeps workstations apart, runs calls without a key every time, and forgets answers after ten minutes', async () => {
    let now = 0;
    const calls = new IdempotentCalls(() => now);
    let runs = 0;
    const call = (): Promise<ApiResult<unknown>> => Promise.resolve({ ok: true, value: ++runs });
    await calls.run('desk', KEY, call);
    expect(await calls.run('other desk', KEY, call)).toEqual({ ok: true, value: 2 });
    expect(await calls.run('desk', null, call)).toEqual({ ok: true, value: 3 });
    expect(await calls.run('desk', KEY, call)).toEqual({ ok: true, value: 1 });
    now += 10 * 60_000 + 1;
    expect(await calls.run('desk', KEY, call)).toEqual({ ok: true, value: 4 });
  });

  it('reads a key from its header: absent, valid, or refused', () => {
    expect(idempotencyKeyOf(undefined)).toEqual({ key: null });
    expect(idempotencyKeyOf(KEY)).toEqual({ key: KEY });
    expect(idempotencyKeyOf('short')).toBeNull();
    expect(idempotencyKeyOf([KEY, KEY])).toBeNull();
  });
});
