import dayjs from 'dayjs';

/**
 * How dates read in a US office, on screen and in Word documents alike: "Dec 2, 2026", "Dec 2, 2026, 14:30",
 * "Tue Dec 2, 2026, 14:30". Browser-safe (dayjs only): the renderer and the services format with these.
 */
const DATE = 'MMM D, YYYY';

/** A calendar date (YYYY-MM-DD) or a timestamp, as its date; empty for none. */
export const formatDate = (date: string | Date | null | undefined) => (date ? dayjs(date).format(DATE) : '');

/** A wall-clock or ISO time with its date. */
export const formatDateTime = (value: string | Date, { seconds = false } = {}) => dayjs(value).format(seconds ? `${DATE}, HH:mm:ss` : `${DATE}, HH:mm`);

/** With the weekday, for appointments. */
export const formatWeekdayDateTime = (value: string | Date) => dayjs(value).format(`ddd ${DATE}, HH:mm`);

/** Weekday, month and day without the year, for this week's and next week's appointments. */
export const formatWeekdayTime = (value: string | Date) => dayjs(value).format('ddd MMM D, HH:mm');

/** The month spelled out, for the dates a document is prepared and signed: "December 2, 2026". */
export const formatLongDate = (value: string | Date) => dayjs(value).format('MMMM D, YYYY');
