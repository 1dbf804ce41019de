import type { ChannelOutput } from '../../../electron/api/contract';
import { useChannelQuery } from './channelQuery';

export type ReviewQueue = ChannelOutput<'reviews.queue'>;

export const useReviewQueue = (enabled = true) => useChannelQuery('reviews.queue', {}, { enabled });
