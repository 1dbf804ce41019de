import { useSyncExternalStore } from 'react';

/** Whether the office host answers, as the browser shell last said; a standalone office always does. */
let reachable = true;
const listeners = new Set<() => void>();

/** Records what the shell said; true when that is news. */
export function setHostReachable(now: boolean): boolean {
  if (reachable === now) return false;
  reachable = now;
  for (const listener of listeners) listener();
  return true;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useHostReachable = () => useSyncExternalStore(subscribe, () => reachable);
