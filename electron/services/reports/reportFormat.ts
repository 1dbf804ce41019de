/** How reports write dates and times; the same forms the app shows (names: electron/api/format/names.ts). */

// Dates read as on screen; a local wall time (YYYY-MM-DDTHH:mm) stays as written, a UTC instant shows in local time.
export { formatDate, formatDateTime, formatLongDate as formatReportDate } from '../../api/format/dateFormats';
