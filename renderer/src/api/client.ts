import type { Channel, ChannelInput, ChannelOutput } from '../../../electron/api/contract';
import type { ApiError, ApiResult, ErrorCode } from '../../../electron/api/errors';
import { queryClient } from './queryClient';
import { channelKey } from './cacheKeys';

/** A call the host answered with { ok: false }: the code to act on, the officer-facing message, the field it is about. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.field = error.field;
  }
}

/** Answers that mean the session changed under us (idle lock, lockout, sign-out elsewhere): the gate must re-read it. */
const SESSION_CHANGED: ReadonlySet<ErrorCode> = new Set(['SESSION_LOCKED', 'SESSION_REQUIRED', 'PASSWORD_CHANGE_REQUIRED', 'ACCOUNT_LOCKED']);

export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const invoke = window.api[channel] as (input: ChannelInput<C>) => Promise<ApiResult<ChannelOutput<C>>>;
  const result = await invoke(input);
  if (result.ok) return result.value;
  if (SESSION_CHANGED.has(result.error.code)) void queryClient.invalidateQueries({ queryKey: channelKey('auth.status', {}) });
  throw new ApiCallError(result.error);
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong and the action was not completed.';
}
