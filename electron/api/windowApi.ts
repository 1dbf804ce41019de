import { contract, type Channel, type ChannelInput, type ChannelOutput } from './contract';
import type { ApiResult } from './errors';

/** What the renderer sees as window.api: one method per channel, nothing else. */
export type WindowApi = { [C in Channel]: (input: ChannelInput<C>) => Promise<ApiResult<ChannelOutput<C>>> };

export type Invoke = (channel: Channel, input: unknown) => Promise<ApiResult<unknown>>;

/** Builds window.api over a transport: Electron IPC in the preload, HTTP on loopback in the browser shell. */
export function buildWindowApi(invoke: Invoke): WindowApi {
  const api: Record<string, (input: unknown) => Promise<ApiResult<unknown>>> = {};
  for (const channel of Object.keys(contract) as Channel[]) api[channel] = (input) => invoke(channel, input);
  return Object.freeze(api) as WindowApi;
}
