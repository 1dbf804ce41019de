/**
 * The most each operation may take (encrypted median, ms), from issue 12: its named goals; for the rows it asks to
 * keep as they are (search, timeline, profile, PSI pre-fill and export, the officer's week: 1–44 ms on a quiet
 * machine) 50 ms; 30 ms for each write; the browser rows are budgets for a whole page load. Matched on the start
 * of the operation's name; a dispatcher row has its operation's goal. Unlocking has none: it is the KDF by design.
 */
const GOALS: [prefix: string, ms: number][] = [
  ['schedule dashboard: officer', 50],
  ['schedule dashboard: supervisor, team', 150],
  ['caseload: first page, everyone, by name', 15],
  ['caseload: page 40, by officer', 15],
  ['caseload: quick search by name', 5],
  ["caseload: an officer's own", 15],
  ["calendar: supervisor's team week", 20],
  ['write: ', 30],
  ['browser: ', 1500],
];
/** The rows the issue lists as "keep": today's figures, at most this. */
const KEEP_MS = 50;

export function goalOf(operation: string): number | null {
  if (operation.startsWith('sign in')) return null;
  return GOALS.find(([prefix]) => operation.startsWith(prefix))?.[1] ?? KEEP_MS;
}
