import { useCallback } from 'react';
import { useAuthAction } from '../api/auth';

/** Locks the session now; the status it answers with switches the gate to the lock screen. */
export function useLockSession() {
  const { mutate } = useAuthAction('auth.lock');
  return useCallback(() => mutate({}), [mutate]);
}
