import { ALL, channel, returns } from '../channel';
import { type SearchResults } from '../../services/search/search';
import { searchInputSchema } from './searchSchemas';

export const searchChannels = {
  // Officers find their own caseload's clients and notes only.
  'search.query': channel(searchInputSchema, ALL, returns<SearchResults>()),
};
