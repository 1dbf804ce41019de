import type { Unit } from './figureModel';

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A figure's number as people read it; browser-safe, so the pages, the Word report and the CSV agree. */
export function formatFigureValue(value: number | null, unit: Unit): string {
  if (value === null) return '–';
  if (unit === 'cents') return money.format(value / 100);
  if (unit === 'percent') return `${number.format(value)}%`;
  return number.format(value);
}
