import type { IncomingMessage } from 'node:http';
import type { OfficeEvent } from '../api/office/officeEvents';
import type { HostConnection } from './hostConnection';
import { HOST_ROUTES } from './hostProtocol';

export interface HostEventsOptions {
  /** The first wait before trying again after the stream failed; doubled each time up to maxDelayMs. */
  minDelayMs?: number;
  maxDelayMs?: number;
}

export type OfficeEventListener = (event: OfficeEvent) => void;

/** What a workstation's app relays to its page: HostEvents, or nothing for a standalone office. */
export interface OfficeEventSource {
  /** The listener hears at once whether the host is reachable, then every change; the result stops it. */
  subscribe(listener: OfficeEventListener): () => void;
}

/**
 * A workstation's hold on its office host's change events: the stream is kept open, and opened again with a growing
 * wait while the host cannot be reached. Listeners hear each change, and whether the host is reachable: on joining,
 * and whenever that changes (the stream opened, or it or a call failed).
 */
export class HostEvents implements OfficeEventSource {
  private readonly listeners = new Set<OfficeEventListener>();
  private readonly minDelayMs: number;
  private readonly maxDelayMs: number;
  private delayMs: number;
  private stream: IncomingMessage | null = null;
  private retry: NodeJS.Timeout | null = null;
  private closed = false;
  private reachable = true;
  /** The stream was ended to follow a new session, not because the host went: open it again at once. */
  private renewing = false;
  private readonly stopListening: () => void;

  constructor(
    private readonly connection: HostConnection,
    options: HostEventsOptions = {},
  ) {
    this.minDelayMs = options.minDelayMs ?? 500;
    this.maxDelayMs = options.maxDelayMs ?? 10_000;
    this.delayMs = this.minDelayMs;
    // A new session (the host restarted or was sealed) needs a stream of its own: the old one hears nothing.
    this.stopListening = connection.onNewSession(() => {
      if (!this.stream) return;
      this.renewing = true;
      this.stream.destroy();
    });
    void this.connect();
  }

  /** Whether the stream is open now. */
  get streaming(): boolean {
    return this.stream !== null;
  }

  subscribe(listener: OfficeEventListener): () => void {
    this.listeners.add(listener);
    listener({ type: 'host', reachable: this.reachable });
    return () => this.listeners.delete(listener);
  }

  /** A call could not reach the host: say so now, and let the stream find out when it is back. */
  hostUnreachable() {
    this.renewing = false;
    this.setReachable(false);
    this.stream?.destroy();
  }

  /** A call reached the host: a stream waiting to try again tries now, so the banner does not outlast the outage. */
  hostAnswered() {
    if (!this.retry) return;
    clearTimeout(this.retry);
    this.retry = null;
    void this.connect();
  }

  close() {
    this.closed = true;
    this.stopListening();
    if (this.retry) clearTimeout(this.retry);
    this.stream?.destroy();
    this.listeners.clear();
  }

  private async connect() {
    this.retry = null;
    if (this.closed) return;
    let stream: IncomingMessage;
    try {
      stream = await this.connection.openStream(HOST_ROUTES.events);
    } catch {
      return this.again();
    }
    if (this.closed || stream.statusCode !== 200) {
      stream.destroy();
      return this.again();
    }
    this.stream = stream;
    this.delayMs = this.minDelayMs;
    this.setReachable(true);
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      pending += chunk;
      const frames = pending.split('\n\n');
      pending = frames.pop() ?? '';
      for (const frame of frames) this.receive(frame);
    });
    stream.on('error', () => undefined);
    stream.on('close', () => {
      if (this.stream === stream) this.stream = null;
      if (!this.renewing) return this.again();
      this.renewing = false;
      void this.connect();
    });
  }

  /** One server-sent event: its data lines are one JSON event; comment lines (heartbeats) carry nothing. */
  private receive(frame: string) {
    const data = frame
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).trimStart())
      .join('\n');
    if (!data) return;
    let event: OfficeEvent;
    try {
      event = JSON.parse(data) as OfficeEvent;
    } catch {
      return;
    }
    for (const listener of this.listeners) listener(event);
  }

  private again() {
    if (this.closed || this.retry) return;
    this.setReachable(false);
    this.retry = setTimeout(() => void this.connect(), this.delayMs);
    this.delayMs = Math.min(this.delayMs * 2, this.maxDelayMs);
  }

  private setReachable(reachable: boolean) {
    if (this.reachable === reachable) return;
    this.reachable = reachable;
    for (const listener of this.listeners) listener({ type: 'host', reachable });
  }
}
