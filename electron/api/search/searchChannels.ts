import { ALL, channel } from '../channel';
import { searchInputSchema } from './searchSchemas';
import { searchResultsWire } from './searchWire';

export const searchChannels = {
  // Officers find their own caseload's clients and notes only.
  'search.query': channel(searchInputSchema, ALL, searchResultsWire),
};
