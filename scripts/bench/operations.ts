import type { z } from 'zod';
import type { UserRow } from '../../db/schema';
import { contract, type Channel, type ChannelInput, type ChannelParsedInput } from '../../electron/api/contract';
import type { ServiceContext } from '../../electron/services/context';

/**
 * One thing an officer waits for: the service call as its IPC handler makes it, and the channel and input the
 * renderer sends for it, so the same operation is also timed through the dispatcher with JSON in and out.
 */
export interface Operation {
  name: string;
  /** Who does it; the session's own user (the administrator) when not given. */
  actor?: UserRow;
  channel: Channel;
  /** The renderer's input for the i-th run (i rotates through clients, appointments…). */
  input: (i: number) => unknown;
  /** The service call on an input the channel's schema has parsed. */
  run: (ctx: ServiceContext, input: never) => unknown;
}

/** An operation on `channel`, typed by the channel's contract. */
export function operation<C extends Channel>(
  name: string,
  channel: C,
  input: (i: number) => ChannelInput<C>,
  run: (ctx: ServiceContext, input: ChannelParsedInput<C>) => unknown,
  actor?: UserRow,
): Operation {
  return { name, channel, input, run, actor };
}

/** The operation's service call on the i-th input, parsed by the channel's schema as the dispatcher parses it. */
export function runDirect(op: Operation, ctx: ServiceContext, i: number): unknown {
  const parsed = (contract[op.channel].input as z.ZodType).parse(op.input(i) ?? {});
  return op.run(op.actor ? { ...ctx, actor: op.actor } : ctx, parsed as never);
}
