import { describe, expect, it } from 'vitest';
import {
  cmToMm,
  feetInchesToMm,
  formatHeight,
  formatWeight,
  gramsToKg,
  gramsToPounds,
  kgToGrams,
  mmToCm,
  mmToFeetInches,
  poundsToGrams,
} from '../../electron/api/format/measurements';

describe('height and weight in one canonical unit', () => {
  it('gives back every whole entry in either system unchanged', () => {
    for (let feet = 3; feet <= 7; feet++) for (let inches = 0; inches < 12; inches++) expect(mmToFeetInches(feetInchesToMm(feet, inches))).toEqual({ feet, inches });
    for (let cm = 50; cm <= 250; cm++) expect(mmToCm(cmToMm(cm))).toBe(cm);
    for (let lb = 44; lb <= 770; lb++) expect(gramsToPounds(poundsToGrams(lb))).toBe(lb);
    for (let kg = 20; kg <= 350; kg++) expect(gramsToKg(kgToGrams(kg))).toBe(kg);
  });

  it('reads in the office’s units', () => {
    expect(formatHeight(feetInchesToMm(5, 11), 'us')).toBe('5 ft 11 in');
    expect(formatHeight(1803, 'metric')).toBe('180 cm');
    expect(formatWeight(poundsToGrams(180), 'us')).toBe('180 lb');
    expect(formatWeight(81_647, 'metric')).toBe('82 kg');
  });
});
