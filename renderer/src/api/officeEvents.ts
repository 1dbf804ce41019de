import { SHELL_EVENTS_PATH, type OfficeEvent } from '../../../electron/api/office/officeEvents';
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
 * Follows the browser shell's event stream (same origin, its session cookie): on an office workstation, changes made
 * at other workstations refresh the screens showing them, and the host's reachability drives the banner. A
 * standalone shell answers 204 and the stream closes for good.
 */
export function followOfficeEvents(): () => void {
  const source = new EventSource(SHELL_EVENTS_PATH);
  source.onmessage = (message: MessageEvent<string>) => receive(JSON.parse(message.data) as OfficeEvent);
  return () => source.close();
}
