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
