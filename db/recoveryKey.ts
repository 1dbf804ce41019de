import { randomBytes } from 'node:crypto';

/** A recovery key of 256 random bits, shown once as 16 groups of 4 hex digits for printing. */
export function generateRecoveryKey(): string {
  return (randomBytes(32).toString('hex').toUpperCase().match(/.{4}/g) ?? []).join('-');
}

export const normalizeRecoveryKey = (key: string) => key.replace(/[^0-9a-f]/gi, '').toUpperCase();
