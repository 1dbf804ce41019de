import { describe, expect, it } from 'vitest';
import { CURRENCIES, currencySymbol, formatMoney } from '../../electron/api/format/money';
import { officeSettingsSchema, settingsDefaults } from '../../electron/api/settings/settingsSchemas';

describe('formatMoney', () => {
  it('prints whole cents in the office currency, US number style', () => {
    expect(formatMoney(123_456, 'USD')).toBe('$1,234.56');
    expect(formatMoney(0, 'USD')).toBe('$0.00');
    expect(formatMoney(-2_550, 'USD')).toBe('-$25.50');
    expect(formatMoney(100_000, 'CAD')).toBe('CA$1,000.00');
    expect(formatMoney(1_999, 'EUR')).toBe('€19.99');
    expect(formatMoney(1_999, 'GBP')).toBe('£19.99');
    expect(formatMoney(1_999, 'MXN')).toBe('MX$19.99');
  });

  it('formats every currency the office can choose', () => {
    for (const currency of CURRENCIES) expect(formatMoney(100, currency)).toMatch(/1\.00/);
  });
});

describe('office currency and paper size', () => {
  const office = { name: 'Riverside', address: '1 Court Street', phone: '' };

  it('default to USD and US Letter, also for office settings saved before they existed', () => {
    expect(settingsDefaults.office).toMatchObject({ currency: 'USD', paperSize: 'letter' });
    expect(officeSettingsSchema.parse(office)).toMatchObject({ currency: 'USD', paperSize: 'letter' });
  });

  it('refuse a currency that is not on the list, on the currency field', () => {
    const result = officeSettingsSchema.safeParse({ ...office, currency: 'XYZ', paperSize: 'a4' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([{ path: ['currency'], message: expect.stringContaining('Choose the currency from the list') }]);
    expect(officeSettingsSchema.parse({ ...office, currency: 'EUR', paperSize: 'a4' })).toMatchObject({ currency: 'EUR', paperSize: 'a4' });
  });

  it('gives the sign an amount is typed after, for every currency an office may keep', () => {
    expect(CURRENCIES.map(currencySymbol)).toEqual(['$', 'CA$', 'MX$', '€', '£']);
  });
});
