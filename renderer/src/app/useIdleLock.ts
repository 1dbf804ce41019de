import { useIdle } from '@mantine/hooks';
import { useEffect } from 'react';
import { ACTIVITY_EVENTS } from './activityEvents';
import { useLockSession } from './useLockSession';

/** Locks the session after the office's idle time with no keyboard, mouse or touch activity. */
export function useIdleLock(idleLockSeconds: number) {
  const idle = useIdle(idleLockSeconds * 1000, { events: ACTIVITY_EVENTS, initialState: false });
  const lock = useLockSession();
  useEffect(() => {
    if (idle) lock();
  }, [idle, lock]);
}
