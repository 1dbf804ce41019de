import type { ServerResponse } from 'node:http';
import { changedDomains } from '../api/channelEffects';
import type { Channel } from '../api/contract';
import type { ApiResult } from '../api/errors';
import type { ChangeEvent } from '../api/office/officeEvents';
import type { WorkstationSession } from './workstationSessions';

/** Keeps an idle stream open through proxies and the host's socket timeout, and notices ended sessions. */
const HEARTBEAT_MS = 15_000;

interface Stream {
  session: WorkstationSession;
  response: ServerResponse;
}

/**
 * The host's change events, as server-sent events: each workstation session may hold one stream, and after a
 * successful write the host tells every other signed-in session which domains changed, so their open screens ask
 * again. A session not signed in (or locked) gets nothing; a session the host has ended loses its stream.
 */
export class ChangeFeed {
  private readonly streams = new Set<Stream>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly liveSessions: () => readonly WorkstationSession[]) {
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Takes over the response: it stays open until the workstation goes, its session ends, or the host stops. */
  open(session: WorkstationSession, response: ServerResponse) {
    const stream = { session, response };
    response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    response.write(': open\n\n');
    this.streams.add(stream);
    response.on('close', () => this.streams.delete(stream));
  }

  /** After a call: if it changed records, every other signed-in session hears of it. */
  publish(from: WorkstationSession, channel: string, result: ApiResult<unknown>) {
    if (!result.ok) return;
    const domains = changedDomains(channel);
    const author = from.sessions.peekActive();
    if (domains.length === 0 || !author) return;
    const event: ChangeEvent = { type: 'change', domains, channel: channel as Channel, by: author.ctx.actor.fullName, at: author.ctx.clock.now().toISOString() };
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const stream of this.streams) if (stream.session !== from && stream.session.sessions.peekActive()) stream.response.write(frame);
  }

  /** Ends every stream: the host is stopping, and its workstations reconnect to whatever comes next. */
  close() {
    clearInterval(this.heartbeat);
    for (const { response } of this.streams) response.end();
    this.streams.clear();
  }

  private beat() {
    const live = new Set(this.liveSessions());
    for (const stream of this.streams) {
      if (live.has(stream.session)) stream.response.write(': beat\n\n');
      else stream.response.end();
    }
  }
}
