import { ALL, channel, returns } from '../channel';
import { timelineInputSchema } from './timelineSchemas';
import { type TimelinePage } from './timelineWire';

export const timelineChannels = {
  'timeline.list': channel(timelineInputSchema, ALL, returns<TimelinePage>()),
};
