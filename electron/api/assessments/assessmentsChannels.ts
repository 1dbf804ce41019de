import { ALL, channel } from '../channel';
import { reassessInputSchema } from './assessmentsSchemas';
import { assessmentWire } from './assessmentsWire';

export const assessmentsChannels = {
  'assessments.reassess': channel(reassessInputSchema, ALL, assessmentWire),
};
