/**
 * Height and weight are stored in one canonical unit, millimeters and grams, so that either system's whole
 * numbers (feet and inches, pounds; centimeters, kilograms) convert there and back unchanged. The office chooses
 * which system its forms, screens and documents use.
 */
export const MEASUREMENT_SYSTEMS = ['us', 'metric'] as const;
export type MeasurementSystem = (typeof MEASUREMENT_SYSTEMS)[number];
export const DEFAULT_MEASUREMENT_SYSTEM: MeasurementSystem = 'us';

export const MEASUREMENT_SYSTEM_LABELS: Record<MeasurementSystem, string> = { us: 'US (ft and in, lb)', metric: 'Metric (cm, kg)' };

const MM_PER_INCH = 25.4;
const GRAMS_PER_POUND = 453.59237;
export const INCHES_PER_FOOT = 12;

export const feetInchesToMm = (feet: number, inches: number) => Math.round((feet * INCHES_PER_FOOT + inches) * MM_PER_INCH);
export const cmToMm = (cm: number) => cm * 10;
export const poundsToGrams = (pounds: number) => Math.round(pounds * GRAMS_PER_POUND);
export const kgToGrams = (kg: number) => kg * 1000;

export function mmToFeetInches(mm: number): { feet: number; inches: number } {
  const total = Math.round(mm / MM_PER_INCH);
  return { feet: Math.floor(total / INCHES_PER_FOOT), inches: total % INCHES_PER_FOOT };
}
export const mmToCm = (mm: number) => Math.round(mm / 10);
export const gramsToPounds = (grams: number) => Math.round(grams / GRAMS_PER_POUND);
export const gramsToKg = (grams: number) => Math.round(grams / 1000);

/** "5 ft 10 in" or "178 cm". */
export function formatHeight(mm: number, system: MeasurementSystem): string {
  if (system === 'metric') return `${mmToCm(mm)} cm`;
  const { feet, inches } = mmToFeetInches(mm);
  return `${feet} ft ${inches} in`;
}

/** "180 lb" or "82 kg". */
export const formatWeight = (grams: number, system: MeasurementSystem) => (system === 'metric' ? `${gramsToKg(grams)} kg` : `${gramsToPounds(grams)} lb`);
