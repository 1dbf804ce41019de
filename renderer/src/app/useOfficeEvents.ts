import { useEffect } from 'react';
import { followOfficeEvents } from '../api/officeEvents';

/** Follows the office host's events while the app is open, in the browser shell and the Electron window alike. */
export function useOfficeEvents() {
  useEffect(() => followOfficeEvents(), []);
}
