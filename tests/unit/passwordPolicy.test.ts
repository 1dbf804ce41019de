import { describe, expect, it } from 'vitest';
import { newPasswordSchema } from '../../electron/api/auth/authSchemas';
import { weakPasswordReason } from '../../electron/services/auth/passwordPolicy';
import { ADMIN_PASSWORD, NEW_PASSWORD, TEMP_PASSWORD } from '../fixtures/tempOffice';

describe('weakPasswordReason', () => {
  it.each([
    ['password1234', /commonly used/],
    ['qwerty123456', /commonly used/],
    ['Password1234!', /commonly used/],
    ['1234dragon5678', /commonly used/],
    ['############', /repeated character/],
    ['xx-olivia-2025-xx', /must not contain your username/],
    ['probationdesk2025', /too easy to guess for this application/],
  ])('refuses %s', (password, reason) => {
    expect(weakPasswordReason(password, 'olivia')).toMatch(reason);
  });

  it('accepts a few unrelated words, including the passwords the tests sign in with', () => {
    for (const password of ['Otter-Violin-Basalt-93', ADMIN_PASSWORD, TEMP_PASSWORD, NEW_PASSWORD]) {
      expect(weakPasswordReason(password, 'olivia'), password).toBeNull();
    }
  });
});

describe('newPasswordSchema', () => {
  it('requires 12 characters and nothing else', () => {
    expect(newPasswordSchema.safeParse('a'.repeat(11)).success).toBe(false);
    expect(newPasswordSchema.safeParse('all lowercase').success).toBe(true);
    expect(newPasswordSchema.safeParse('x'.repeat(257)).success).toBe(false);
  });
});
