import { SUPERVISOR, channel, noInput } from '../channel';
import { reviewQueueWire } from './reviewsWire';

export const reviewsChannels = {
  // Supervisors' queue of signed notes and submitted reports awaiting their review.
  'reviews.queue': channel(noInput, SUPERVISOR, reviewQueueWire),
};
