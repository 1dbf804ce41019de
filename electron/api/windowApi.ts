import { contract, type Channel, type ChannelInput, type ChannelOutput } from './contract';
import type { ApiResult } from './errors';
import { IPC_INVOKE, IPC_OFFICE_EVENT } from './ipcChannel';
import type { OfficeEvent } from './office/officeEvents';

/** Stops following: the listener hears nothing more. */
export type Unfollow = () => void;
export type FollowOfficeEvents = (listener: (event: OfficeEvent) => void) => Unfollow;

/** One method per channel. */
export type WindowApi = { [C in Channel]: (input: ChannelInput<C>) => Promise<ApiResult<ChannelOutput<C>>> };

/**
 * What the renderer sees as window.api: the channels' methods, and `followOfficeEvents`, which hears an office
 * workstation's events from its host (changes made elsewhere, reachability; nothing on a standalone office).
 */
export type WindowBridge = WindowApi & { followOfficeEvents: FollowOfficeEvents };

export type Invoke = (channel: Channel, input: unknown) => Promise<ApiResult<unknown>>;

/** Builds window.api over a transport: Electron IPC in the preload, HTTP on loopback in the browser shell. */
export function buildWindowApi(invoke: Invoke, followOfficeEvents: FollowOfficeEvents): WindowBridge {
  const api: Record<string, unknown> = { followOfficeEvents };
  for (const channel of Object.keys(contract) as Channel[]) api[channel] = (input: unknown) => invoke(channel, input);
  return Object.freeze(api) as WindowBridge;
}

/** The part of Electron's ipcRenderer the preload uses (described here, so this layer stays free of Electron). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** window.api in the Electron window: calls on IPC_INVOKE, office events as the main process sends them on IPC_OFFICE_EVENT. */
export function buildIpcWindowApi(ipc: IpcRendererLike): WindowBridge {
  return buildWindowApi(
    (channel, input) => ipc.invoke(IPC_INVOKE, channel, input) as Promise<ApiResult<unknown>>,
    (listener) => {
      const heard = (_event: unknown, officeEvent: unknown) => listener(officeEvent as OfficeEvent);
      ipc.on(IPC_OFFICE_EVENT, heard);
      return () => void ipc.removeListener(IPC_OFFICE_EVENT, heard);
    },
  );
}
