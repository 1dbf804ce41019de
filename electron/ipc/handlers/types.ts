import type { Channel, ChannelOutput, ChannelParsedInput } from '../../api/contract';
import type { SessionManager } from '../../services/auth/sessionManager';

export interface HandlerContext {
  sessions: SessionManager;
}

export type Handler<C extends Channel> = (ctx: HandlerContext, input: ChannelParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
export type HandlerGroup<C extends Channel> = { [K in C]: Handler<K> };
