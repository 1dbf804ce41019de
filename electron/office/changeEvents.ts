import type { ServerResponse } from 'node:http';
import { channelDomain, type Channel, type Domain } from '../api/contract';
import type { ApiResult } from '../api/errors';
import type { ChangeEvent } from '../api/office/officeEvents';
import type { WorkstationSession } from './workstationSessions';

/**
 * Channels that change no office record. Every other channel (but sign-in and the session's own channels, the
 * 'auth' domain) is a write: a channel added later and not listed here refreshes other screens, never the reverse.
 */
const READS: ReadonlySet<Channel> = new Set<Channel>([
  'settings.get',
  'users.list',
  'users.directory',
  'clients.findDuplicates',
  'clients.caseload',
  'clients.get',
  'clients.photo',
  'caseNotes.list',
  'caseNotes.get',
  'drugTests.list',
  'compliance.get',
  'plan.get',
  'agencies.list',
  'referrals.list',
  'violations.list',
  'timeline.list',
  'search.query',
  'appointments.get',
  'appointments.list',
  'appointments.forClient',
  'schedule.dashboard',
  'schedule.contactStanding',
  'schedule.fieldDay',
  'schedule.exportIcs',
  'schedule.exportItinerary',
  'reports.chronology',
  'courtReports.templates',
  'courtReports.get',
  'courtReports.forClient',
  'courtReports.office',
  'reviews.queue',
  'intakeDrafts.list',
  'intakeDrafts.get',
  'backup.overview',
  'backup.progress',
  'backup.health',
  'export.records',
  'insights.page',
  'insights.records',
  'insights.monthlyReport',
  'insights.opportunities',
  'insights.courtDates',
  'audit.list',
  'audit.verify',
  'audit.export',
  'security.status',
  'office.listWorkstations',
]);

/** Read models built from many domains' records (a timeline, the review queue, the dashboard): any write may change them. */
const SUMMARIES: readonly Domain[] = ['timeline', 'reviews', 'schedule', 'insights', 'search', 'audit'];
/** Records another domain shows: a note links drug tests and violations, a client holds its conditions and drafts. */
const LINKED: Partial<Record<Domain, readonly Domain[]>> = {
  caseNotes: ['drugTests', 'violations'],
  clients: ['intakeDrafts', 'compliance', 'courtReports'],
  assessments: ['clients'],
  users: ['security'],
};

/** The domains other screens refresh after a successful call, none for a read or a session's own channel. */
export function changedDomains(channel: string): readonly Domain[] {
  if (!Object.hasOwn(channelDomain, channel) || READS.has(channel as Channel)) return [];
  const own = channelDomain[channel as Channel];
  if (own === 'auth') return [];
  return [...new Set([own, ...(LINKED[own] ?? []), ...SUMMARIES])];
}

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
