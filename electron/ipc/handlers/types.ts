import type { Channel, ChannelOutput, ChannelParsedInput, RoleChannel } from '../../api/contract';
import type { SessionManager } from '../../services/auth/sessionManager';
import type { BackupService } from '../../services/backup/backupService';
import type { ServiceContext } from '../../services/context';

/** What an office host lets handlers do to the host itself; absent in a standalone app (electron/office/). */
export interface OfficeHostControl {
  seal(by: ServiceContext): void;
  unsealWithRecoveryKey(recoveryKey: string): Promise<void>;
  /** The host's one backup service: every session's "back up now" runs there, one at a time, as its schedule does. */
  backups: BackupService;
}

/**
 * What the dispatcher hands a handler: the sessions, and for a channel open to roles the context of the session it
 * has already checked and its keys (so no handler asks for them again).
 */
export type HandlerContext<C extends Channel = Channel> = C extends RoleChannel ? HostParts & ActiveSession : HostParts;

interface HostParts {
  sessions: SessionManager;
  office?: OfficeHostControl;
}

/** The checked session the dispatcher hands a role channel's handler. */
export type ActiveSession = ReturnType<SessionManager['requireActive']>;

export type Handler<C extends Channel> = (call: HandlerContext<C>, input: ChannelParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
export type HandlerGroup<C extends Channel> = { [K in C]: Handler<K> };
