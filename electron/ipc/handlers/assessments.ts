import type { Channel } from '../../api/contract';
import { reassess } from '../../services/assessments/assessments';
import type { HandlerGroup } from './types';

export const assessmentsHandlers: HandlerGroup<Extract<Channel, `assessments.${string}`>> = {
  'assessments.reassess': ({ ctx }, input) => reassess(ctx, input),
};
