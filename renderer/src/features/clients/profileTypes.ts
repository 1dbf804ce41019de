import type { ChannelOutput } from '../../../../electron/api/contract';

/** The profile as clients.get returns it, and its parts, for the tabs that show them. */
export type ClientProfile = ChannelOutput<'clients.get'>;
export type ProfileClient = ClientProfile['client'];
export type AddressRow = ClientProfile['addresses'][number];
export type AssociateRow = ClientProfile['associates'][number];
export type CourtCaseRow = ClientProfile['courtCases'][number];
export type ConditionRow = ClientProfile['conditions'][number];
export type AssessmentRow = ClientProfile['assessments'][number];
