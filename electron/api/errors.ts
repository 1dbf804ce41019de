/** Error codes the renderer can act on; messages are written for the officer reading them. */
export const ERROR_CODES = [
  'UNKNOWN_CHANNEL',
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'SETUP_REQUIRED',
  'ALREADY_SET_UP',
  'AUTH_FAILED',
  'ACCOUNT_LOCKED',
  'SESSION_REQUIRED',
  'SESSION_LOCKED',
  'PASSWORD_CHANGE_REQUIRED',
  'DATA_UNAVAILABLE',
  'DISK_FULL',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** The input field the message is about, as a dotted path (e.g. "office.name"). */
  field?: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }

  toApiError(): ApiError {
    return this.field ? { code: this.code, message: this.message, field: this.field } : { code: this.code, message: this.message };
  }
}

export const DISK_FULL_MESSAGE = 'The disk is full, so this could not be saved. Free some space on this computer (or ask your IT administrator), then try again.';

/** ENOSPC from a file write or SQLITE_FULL from the database: both mean the disk (or quota) is full. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT';
}
