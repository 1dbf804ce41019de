import { useEffect } from 'react';
import { call } from '../api/client';
import { ACTIVITY_EVENTS } from './activityEvents';

const MAX_HEARTBEAT_MS = 30_000;

/**
 * Tells the host the officer is active (auth.touch) at most once per interval, with a trailing call so
 * the last activity is always reported; otherwise the host's idle timer would lock someone who is typing.
 */
export function useActivityHeartbeat(idleLockSeconds: number) {
  // Short idle times (a test setting) need a heartbeat well inside them.
  const interval = Math.min(MAX_HEARTBEAT_MS, (idleLockSeconds * 1000) / 2);

  useEffect(() => {
    let lastSent = Date.now();
    let pending: number | undefined;

    const send = () => {
      lastSent = Date.now();
      pending = undefined;
      // A failed heartbeat needs no handling here: call() already re-reads the status on a session error.
      call('auth.touch', {}).catch(() => undefined);
    };
    const onActivity = () => {
      if (pending !== undefined) return;
      const wait = lastSent + interval - Date.now();
      if (wait <= 0) send();
      else pending = window.setTimeout(send, wait);
    };

    for (const event of ACTIVITY_EVENTS) document.addEventListener(event, onActivity, { passive: true });
    return () => {
      for (const event of ACTIVITY_EVENTS) document.removeEventListener(event, onActivity);
      window.clearTimeout(pending);
    };
  }, [interval]);
}
