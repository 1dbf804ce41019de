import { useEffect } from 'react';
import { followOfficeEvents } from '../api/officeEvents';
import { inBrowserShell } from '../api/shellBridge';

/** In the browser shell, follows its event stream while the app is open; Electron's window has none yet. */
export function useOfficeEvents() {
  useEffect(() => (inBrowserShell ? followOfficeEvents() : undefined), []);
}
