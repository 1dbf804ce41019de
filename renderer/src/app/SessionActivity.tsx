import { useActivityHeartbeat } from './useActivityHeartbeat';
import { useIdleLock } from './useIdleLock';
import { useLockShortcut } from './useLockShortcut';

/** The idle lock, the activity heartbeat and Ctrl+L: only while the session is unlocked, not under the lock screen. */
export function SessionActivity({ idleLockSeconds }: { idleLockSeconds: number }) {
  useIdleLock(idleLockSeconds);
  useActivityHeartbeat(idleLockSeconds);
  useLockShortcut();
  return null;
}
