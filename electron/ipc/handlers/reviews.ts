import type { Channel } from '../../api/contract';
import { reviewQueue } from '../../services/reviews/reviewQueue';
import type { HandlerGroup } from './types';

export const reviewHandlers: HandlerGroup<Extract<Channel, `reviews.${string}`>> = {
  'reviews.queue': ({ ctx }) => reviewQueue(ctx),
};
