import { useEffect } from 'react';
import { setFormsTimeZone } from '../../../electron/api/shared/fieldSchemas';
import { useSettings } from '../api/settings';

/** Every form's "today" (defaults, date limits, overdue marks) is the office's date, whatever this computer's zone. */
export function useOfficeTimeZone() {
  const timeZone = useSettings().data?.schedule.timeZone ?? null;
  useEffect(() => {
    setFormsTimeZone(timeZone);
    return () => setFormsTimeZone(null);
  }, [timeZone]);
}
