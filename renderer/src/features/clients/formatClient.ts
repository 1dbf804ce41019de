import dayjs from 'dayjs';
import type { ClientPhoto } from '../../../../electron/api/clients/clientsSchemas';
import type { TARGET_UNITS } from '../../../../electron/api/clients/clientsCodes';
import { TARGET_UNIT_LABELS } from './clientLabels';
import { formatDate } from '../../../../electron/api/format/dateFormats';
import { DEFAULT_CURRENCY, formatMoney } from '../../../../electron/api/format/money';

export { formatDate };
export { fullName, listName } from '../../../../electron/api/format/names';

export const ageOn = (dateOfBirth: string, today = dayjs()) => today.diff(dayjs(dateOfBirth), 'year');

/** "80 hours", "$1,250.00"; empty when the condition has no target. */
export function formatTarget(amount: number | null, unit: (typeof TARGET_UNITS)[number] | null, currency: string = DEFAULT_CURRENCY): string {
  if (amount === null || unit === null) return '';
  if (unit === 'cents') return formatMoney(amount, currency);
  return `${amount.toLocaleString()} ${TARGET_UNIT_LABELS[unit]}`;
}

/** A data: URL (allowed for images by the CSP) for a photo as the host sends it. */
export const photoUrl = (photo: ClientPhoto) => `data:${photo.mime};base64,${photo.base64}`;

/** "41 Elm Street, Apt 2, Riverside, OH 45001" */
export const formatAddress = (address: { line1: string; line2: string; city: string; region: string; postalCode: string }) =>
  [address.line1, address.line2, address.city, [address.region, address.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/** "1 Jun 2021 – 31 May 2021", "since 1 Jun 2021", or empty when neither date is known. */
export function formatPeriod(from: string | null, to: string | null) {
  if (from && to) return `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return `since ${formatDate(from)}`;
  if (to) return `until ${formatDate(to)}`;
  return '';
}
