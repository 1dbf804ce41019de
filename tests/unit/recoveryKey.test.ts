import { describe, expect, it } from 'vitest';
import { generateRecoveryKey, normalizeRecoveryKey } from '../../db/recoveryKey';

describe('recovery keys', () => {
  it('are 256 random bits shown as 16 groups of four upper-case hex digits', () => {
    const key = generateRecoveryKey();
    expect(key).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){15}$/);
    expect(generateRecoveryKey()).not.toBe(key);
  });

  it('normalize whatever separators and case were typed to the 64 digits', () => {
    const key = generateRecoveryKey();
    const digits = key.replaceAll('-', '');
    expect(digits).toHaveLength(64);
    for (const typed of [key, key.toLowerCase(), key.replaceAll('-', ' '), ` ${key.replaceAll('-', '\n')} `, digits]) {
      expect(normalizeRecoveryKey(typed)).toBe(digits);
    }
  });
});
