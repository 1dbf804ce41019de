import { ALL, channel, returns } from '../channel';
import { type TimelinePage } from '../../services/timeline/timeline';
import { timelineInputSchema } from './timelineSchemas';

export const timelineChannels = {
  'timeline.list': channel(timelineInputSchema, ALL, returns<TimelinePage>()),
};
