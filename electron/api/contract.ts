import type { z } from 'zod';
import type { Access, ChannelDef } from './channel';
import type { Role } from './users/roles';
import { authChannels } from './auth/authChannels';
import { settingsChannels } from './settings/settingsChannels';
import { usersChannels } from './users/usersChannels';
import { clientsChannels } from './clients/clientsChannels';
import { assessmentsChannels } from './assessments/assessmentsChannels';
import { caseNotesChannels } from './caseNotes/caseNotesChannels';
import { drugTestsChannels } from './drugTests/drugTestsChannels';
import { complianceChannels } from './compliance/complianceChannels';
import { supervisionPlanChannels } from './supervisionPlan/supervisionPlanChannels';
import { referralsChannels } from './referrals/referralsChannels';
import { violationsChannels } from './violations/violationsChannels';
import { timelineChannels } from './timeline/timelineChannels';
import { searchChannels } from './search/searchChannels';
import { scheduleChannels } from './schedule/scheduleChannels';
import { reportsChannels } from './reports/reportsChannels';
import { courtReportsChannels } from './courtReports/courtReportsChannels';
import { reviewsChannels } from './reviews/reviewsChannels';
import { intakeDraftsChannels } from './intakeDrafts/intakeDraftsChannels';
import { backupChannels } from './backup/backupChannels';
import { insightsChannels } from './insights/insightsChannels';
import { auditChannels } from './audit/auditChannels';
import { securityChannels } from './security/securityChannels';
import { officeChannels } from './office/officeChannels';

/** Each domain's channels, as declared in its module: a channel is declared once, in its domain's *Channels.ts. */
const domains = {
  auth: authChannels,
  settings: settingsChannels,
  users: usersChannels,
  clients: clientsChannels,
  assessments: assessmentsChannels,
  caseNotes: caseNotesChannels,
  drugTests: drugTestsChannels,
  compliance: complianceChannels,
  supervisionPlan: supervisionPlanChannels,
  referrals: referralsChannels,
  violations: violationsChannels,
  timeline: timelineChannels,
  search: searchChannels,
  schedule: scheduleChannels,
  reports: reportsChannels,
  courtReports: courtReportsChannels,
  reviews: reviewsChannels,
  intakeDrafts: intakeDraftsChannels,
  backup: backupChannels,
  insights: insightsChannels,
  audit: auditChannels,
  security: securityChannels,
  office: officeChannels,
};

export type Domain = keyof typeof domains;

/** Every channel of every domain. */
export const contract = {
  ...authChannels,
  ...settingsChannels,
  ...usersChannels,
  ...clientsChannels,
  ...assessmentsChannels,
  ...caseNotesChannels,
  ...drugTestsChannels,
  ...complianceChannels,
  ...supervisionPlanChannels,
  ...referralsChannels,
  ...violationsChannels,
  ...timelineChannels,
  ...searchChannels,
  ...scheduleChannels,
  ...reportsChannels,
  ...courtReportsChannels,
  ...reviewsChannels,
  ...intakeDraftsChannels,
  ...backupChannels,
  ...insightsChannels,
  ...auditChannels,
  ...securityChannels,
  ...officeChannels,
} satisfies Record<string, ChannelDef<z.ZodType, unknown, Access>>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Exclude<Contract[C]['output'], undefined>;
/** Channels open only to signed-in users with a role: their handlers receive the checked session's context. */
export type RoleChannel = { [C in Channel]: Contract[C]['access'] extends readonly Role[] ? C : never }[Channel];

/** The domain that declares each channel: the renderer's cache keys start with it, so a change refreshes a domain at once. */
export const channelDomain = Object.fromEntries(Object.entries(domains).flatMap(([domain, channels]) => Object.keys(channels).map((channel) => [channel, domain]))) as Record<
  Channel,
  Domain
>;
