import { useQuery } from '@tanstack/react-query';
import type { ChannelOutput } from '../../../electron/api/contract';
import { call } from './client';
import { queryKeys } from './queryKeys';

export type ReviewQueue = ChannelOutput<'reviews.queue'>;

export const useReviewQueue = (enabled = true) => useQuery({ queryKey: queryKeys.reviews.queue, queryFn: () => call('reviews.queue', {}), enabled });
