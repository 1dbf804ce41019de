/** How reports write names, dates and times; the same forms the app shows. */

interface Named {
  firstName: string;
  middleName?: string;
  lastName: string;
  suffix?: string;
}

/** "Jordan Lee Whitaker Jr." */
export const personName = (person: Named) => [person.firstName, person.middleName, person.lastName, person.suffix].filter(Boolean).join(' ');

// Dates read as on screen; a local wall time (YYYY-MM-DDTHH:mm) stays as written, a UTC instant shows in local time.
export { formatDate, formatDateTime, formatLongDate as formatReportDate } from '../../api/format/dateFormats';
