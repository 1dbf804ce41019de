import { formatDateTime } from '../../../electron/api/format/dateFormats';

/** The host stores UTC ISO timestamps; officers read them in the workstation's local time. */
export const formatLocalTime = (iso: string, { seconds = false } = {}) => formatDateTime(iso, { seconds });
