import type { ApiResult } from '../api/errors';
import type { Dispatch } from '../ipc/dispatch';
import { HostConnection } from './hostConnection';
import { HostEvents } from './hostEvents';
import { SessionRecovery } from './sessionRecovery';
import type { WorkstationEnrolment } from './workstationEnrolmentFiles';

export interface ForwardingDispatch {
  dispatch: Dispatch;
  /** The host's change events and whether it can be reached, relayed to the renderer. */
  events: HostEvents;
  close(): void;
}

/**
 * An enrolled workstation's dispatcher: every `window.api` call goes to its office host over mutual TLS and the
 * host's answer comes back unchanged, so the renderer cannot tell. A host it cannot reach is an answer too.
 */
export function forwardToHost(enrolment: WorkstationEnrolment): ForwardingDispatch {
  const { hostAddress, hostFingerprint } = enrolment.settings;
  const connection = new HostConnection(hostAddress, enrolment.hostCertificatePem, hostFingerprint, enrolment.identity);
  const events = new HostEvents(connection);
  const recovery = new SessionRecovery();
  connection.onNewSession(() => recovery.sessionReplaced());
  const dispatch: Dispatch = async (channel, input): Promise<ApiResult<unknown>> => {
    try {
      const answer = await connection.invoke(typeof channel === 'string' ? channel : String(Object.prototype.toString.call(channel)), input);
      events.hostAnswered();
      return answer;
    } catch (error) {
      events.hostUnreachable();
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: { code: 'DATA_UNAVAILABLE', message: `The office host at ${hostAddress} cannot be reached (${reason}). Check the network, or ask IT whether the host is running.` },
      };
    }
  };
  return {
    dispatch: recovery.wrap(dispatch),
    events,
    close: () => {
      events.close();
      connection.close();
    },
  };
}
