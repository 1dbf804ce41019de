import dayjs from 'dayjs';

/** The host stores UTC ISO timestamps; officers read them in the workstation's local time. */
export function formatLocalTime(iso: string, { seconds = false } = {}) {
  return dayjs(iso).format(seconds ? 'D MMM YYYY, HH:mm:ss' : 'D MMM YYYY, HH:mm');
}
