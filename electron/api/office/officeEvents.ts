import type { Channel, Domain } from '../contract';

/**
 * A change made on another workstation, as the office host pushes it: which domains' answers are now stale, the
 * channel that changed them, who and when. No record data travels; a screen that shows the domain asks again.
 */
export interface ChangeEvent {
  type: 'change';
  domains: readonly Domain[];
  channel: Channel;
  /** The full name of the user who made the change. */
  by: string;
  at: string;
}

/** Whether the workstation can reach its office host; sent when a stream opens and whenever it changes. */
export interface HostStatusEvent {
  type: 'host';
  reachable: boolean;
}

/** What a workstation's browser shell relays to its renderer over its same-origin event stream. */
export type OfficeEvent = ChangeEvent | HostStatusEvent;

/** The browser shell's event stream (same origin as its /api/invoke). */
export const SHELL_EVENTS_PATH = '/api/events';
