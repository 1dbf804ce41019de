import { type ReviewQueue } from '../../services/reviews/reviewQueue';
import { SUPERVISOR, channel, noInput, returns } from '../channel';

export const reviewsChannels = {
  // Supervisors' queue of signed notes and submitted reports awaiting their review.
  'reviews.queue': channel(noInput, SUPERVISOR, returns<ReviewQueue>()),
};
