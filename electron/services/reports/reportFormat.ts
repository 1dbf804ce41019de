import dayjs from 'dayjs';

/** How reports write names, dates and times; the same forms the app shows. */

interface Named {
  firstName: string;
  middleName?: string;
  lastName: string;
  suffix?: string;
}

/** "Jordan Lee Whitaker Jr." */
export const personName = (person: Named) => [person.firstName, person.middleName, person.lastName, person.suffix].filter(Boolean).join(' ');

/** A calendar date (YYYY-MM-DD) as "4 Mar 2025"; empty when not known. */
export const formatDate = (date: string | null | undefined) => (date ? dayjs(date).format('D MMM YYYY') : '');

/**
 * "4 Mar 2025, 10:00": a local wall time as recorded (YYYY-MM-DDTHH:mm) stays as written; a stored UTC
 * instant (ISO with Z) is shown in this computer's local time.
 */
export const formatDateTime = (value: string) => dayjs(value).format('D MMM YYYY, HH:mm');

/** The date a report is dated, written out in full: "4 March 2025". */
export const formatReportDate = (at: Date) => dayjs(at).format('D MMMM YYYY');
