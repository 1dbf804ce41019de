import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../api/errors';

let common: Set<string> | null = null;
/** zxcvbn-ts's list of ~49,000 of the most common passwords, loaded on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

const CONTEXT_WORDS = ['probation', 'probationdesk', 'password', 'passw0rd'];

/** Why a password is refused, or null when it is acceptable. Length is checked by the zod schema. */
export function weakPasswordReason(password: string, username: string): string | null {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, '');
  if (commonPasswords().has(lower) || (core.length >= 4 && commonPasswords().has(core))) {
    return 'This password is on the list of the most commonly used passwords. Choose something less predictable.';
  }
  if (/^(.)\1+$/.test(password)) return 'A password of one repeated character is too easy to guess.';
  if (username && lower.includes(username.toLowerCase())) return 'The password must not contain your username.';
  if (CONTEXT_WORDS.some((word) => core === word)) return 'This password is too easy to guess for this application.';
  return null;
}

export function assertStrongPassword(password: string, username: string, field: string) {
  const reason = weakPasswordReason(password, username);
  if (reason) throw new AppError('VALIDATION', reason, field);
}
