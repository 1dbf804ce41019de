import { ALL, channel, returns } from '../channel';
import { type AssessmentRow } from '../../../db/schema';
import { reassessInputSchema } from './assessmentsSchemas';

export const assessmentsChannels = {
  'assessments.reassess': channel(reassessInputSchema, ALL, returns<AssessmentRow>()),
};
