import type { Channel } from '../../../electron/api/contract';
import type { ApiResult } from '../../../electron/api/errors';
import { SHELL_EVENTS_PATH, type OfficeEvent } from '../../../electron/api/office/officeEvents';
import { buildWindowApi, type FollowOfficeEvents } from '../../../electron/api/windowApi';

const HOST_DID_NOT_ANSWER: ApiResult<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: 'The application host did not answer. Close Probation Desk and start it again; if this keeps happening, tell your IT administrator.',
  },
};

async function invokeOverHttp(channel: Channel, input: unknown): Promise<ApiResult<unknown>> {
  try {
    const response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ channel, input }),
    });
    if (response.status !== 200) return HOST_DID_NOT_ANSWER;
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return HOST_DID_NOT_ANSWER;
  }
}

/**
 * Follows the shell's event stream (same origin, its session cookie). A standalone shell answers 204 and the stream
 * closes for good.
 */
const followOverHttp: FollowOfficeEvents = (listener) => {
  const source = new EventSource(SHELL_EVENTS_PATH);
  source.onmessage = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as OfficeEvent);
  return () => source.close();
};

/** The renderer runs in the browser shell (no preload gave it window.api): its loopback server is its host. */
export const inBrowserShell = !('api' in window);

// The browser shell has no preload: the same window.api is built here over HTTP to the loopback host.
if (inBrowserShell) {
  Object.defineProperty(window, 'api', { value: buildWindowApi(invokeOverHttp, followOverHttp), enumerable: true });
}
