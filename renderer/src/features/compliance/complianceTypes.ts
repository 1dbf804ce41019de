import type { ChannelOutput } from '../../../../electron/api/contract';

/** The compliance tab's record as compliance.get returns it, and its parts. */
export type ComplianceRecord = ChannelOutput<'compliance.get'>;
export type ConditionProgress = ComplianceRecord['conditions'][number];
export type ComplianceCondition = ConditionProgress['condition'];
