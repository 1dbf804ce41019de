/**
 * Inputs hold "nothing typed" as an empty string; the schemas read a missing value as "not given". Mapping one
 * to the other before validation makes an empty date say "Enter the date of birth." rather than ask for a
 * format the date picker never shows, and optional fields still default to ''.
 */
export function blankToMissing(value: unknown): unknown {
  if (value === '') return undefined;
  if (Array.isArray(value)) return value.map(blankToMissing);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, blankToMissing(item)]));
  return value;
}
