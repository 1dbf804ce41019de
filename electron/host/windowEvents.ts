import { IPC_OFFICE_EVENT } from '../api/ipcChannel';
import type { OfficeEventSource } from '../office/hostEvents';

/** The part of Electron's WebContents the forwarder uses (described here, so hosts stay free of Electron). */
export interface WindowContentsLike {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  once(event: 'destroyed', listener: () => void): unknown;
}

/**
 * Sends each office event from the workstation's host to the window, as the browser shell relays them to its page;
 * stops when the window's contents are gone. The window's page follows them through window.api.followOfficeEvents.
 */
export function forwardOfficeEvents(source: OfficeEventSource, contents: WindowContentsLike): () => void {
  const stop = source.subscribe((event) => {
    if (!contents.isDestroyed()) contents.send(IPC_OFFICE_EVENT, event);
  });
  contents.once('destroyed', stop);
  return stop;
}
