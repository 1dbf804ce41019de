import type { OfficeEvent } from '../../../electron/api/office/officeEvents';
import { domainKey } from './cacheKeys';
import { setHostReachable } from './hostStatus';
import { queryClient } from './queryClient';

function receive(event: OfficeEvent) {
  if (event.type === 'change') {
    for (const domain of event.domains) void queryClient.invalidateQueries({ queryKey: domainKey(domain) });
    return;
  }
  // Back from an outage: what failed is asked again, and what others changed meanwhile (their events were missed).
  if (setHostReachable(event.reachable) && event.reachable) void queryClient.invalidateQueries();
}

/**
 * Follows the office host's events through window.api (the browser shell's event stream, or the Electron window's
 * IPC): on an office workstation, changes made at other workstations refresh the screens showing them, and the
 * host's reachability drives the banner. A standalone office hears nothing.
 */
export function followOfficeEvents(): () => void {
  return window.api.followOfficeEvents(receive);
}
