import type { Channel } from '../../api/contract';
import { search } from '../../services/search/search';
import type { HandlerGroup } from './types';

export const searchHandlers: HandlerGroup<Extract<Channel, `search.${string}`>> = {
  'search.query': ({ ctx }, input) => search(ctx, input),
};
