/** The currencies an office can keep its ledgers in (ISO 4217); a US office keeps USD. */
export const CURRENCIES = ['USD', 'CAD', 'MXN', 'EUR', 'GBP'] as const;
export type Currency = (typeof CURRENCIES)[number];
export const DEFAULT_CURRENCY: Currency = 'USD';

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string): Intl.NumberFormat {
  let format = formatters.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    formatters.set(currency, format);
  }
  return format;
}

/**
 * Money as people read it, "$1,250.00": kept in whole cents so sums stay exact, shown in the office's currency
 * with US number formatting. Browser-safe: the screens, the CSV and the Word documents all format with this.
 */
export const formatMoney = (cents: number, currency: string): string => formatterFor(currency).format(cents / 100);

/** The sign an amount is typed after in the office's currency: "$", "CA$", "€"… */
export const currencySymbol = (currency: string): string =>
  formatterFor(currency)
    .formatToParts(0)
    .find((part) => part.type === 'currency')?.value ?? currency;
