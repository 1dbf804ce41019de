import type { ApiResult } from '../../electron/api/errors';
import { createDispatcher } from '../../electron/ipc/dispatch';
import type { SessionManager } from '../../electron/services/auth/sessionManager';
import type { ServiceContext } from '../../electron/services/context';
import { runDirect, type Operation } from './operations';

/**
 * The app's one dispatcher over a fixed signed-in context (the encrypted office or its plain copy, as a given
 * user), so both files are timed through the same access checks, validation and handlers. The session manager
 * stands in with the four calls the dispatcher makes; signing in as each user would time the KDF instead.
 */
function dispatcherOver(ctx: ServiceContext) {
  const session = { checkIdle: () => undefined, status: () => ({ state: 'active' }), requireActive: () => ({ ctx }), peekActive: () => ({ ctx }) };
  return createDispatcher(session as unknown as SessionManager, { logError: (ref, channel, error) => console.error(`[bench] ${ref} ${channel}:`, error) });
}

/** Runs operations as the renderer does: the input as JSON, the dispatcher, and the result back through JSON. */
export function dispatcherCalls(contexts: Record<'encrypted' | 'plain', ServiceContext>) {
  const dispatchers = new Map<string, ReturnType<typeof dispatcherOver>>();
  const dispatcherFor = (target: 'encrypted' | 'plain', op: Operation) => {
    const key = `${target}:${op.actor?.id ?? 'session'}`;
    if (!dispatchers.has(key)) {
      const ctx = contexts[target];
      dispatchers.set(key, dispatcherOver(op.actor ? { ...ctx, actor: op.actor } : ctx));
    }
    return dispatchers.get(key)!;
  };
  return {
    direct: (op: Operation, target: 'encrypted' | 'plain', i: number) => runDirect(op, contexts[target], i),
    viaDispatcher: async (op: Operation, target: 'encrypted' | 'plain', i: number) => {
      const result = JSON.parse(JSON.stringify(await dispatcherFor(target, op)(op.channel, JSON.parse(JSON.stringify(op.input(i) ?? {}))))) as ApiResult<unknown>;
      if (!result.ok) throw new Error(`${op.name} (${op.channel}) failed through the dispatcher: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
  };
}
