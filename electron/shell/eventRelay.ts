import type { ServerResponse } from 'node:http';
import type { OfficeEventSource } from '../office/hostEvents';

/** Under the shell's idle-socket limit, so an open page that hears nothing keeps its stream. */
const HEARTBEAT_MS = 15_000;

/**
 * Relays the office host's events to one page as server-sent events on the shell's own origin: the renderer never
 * talks to the host, only to this loopback server, with the same session cookie as its calls.
 */
export function relayOfficeEvents(res: ServerResponse, source: OfficeEventSource) {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  const stop = source.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  const heartbeat = setInterval(() => res.write(': beat\n\n'), HEARTBEAT_MS);
  res.on('close', () => {
    clearInterval(heartbeat);
    stop();
  });
}
