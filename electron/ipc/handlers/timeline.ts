import type { Channel } from '../../api/contract';
import { readTimeline } from '../../services/timeline/timeline';
import type { HandlerGroup } from './types';

export const timelineHandlers: HandlerGroup<Extract<Channel, `timeline.${string}`>> = {
  'timeline.list': ({ ctx }, input) => readTimeline(ctx, input),
};
