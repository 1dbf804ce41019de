import type { Channel } from '../../api/contract';
import { deleteDraft, getDraft, listDrafts, saveDraft } from '../../services/intakeDrafts/intakeDrafts';
import type { HandlerGroup } from './types';

export const intakeDraftsHandlers: HandlerGroup<Extract<Channel, `intakeDrafts.${string}`>> = {
  'intakeDrafts.save': ({ ctx }, input) => saveDraft(ctx, input),
  'intakeDrafts.list': ({ ctx }) => listDrafts(ctx),
  'intakeDrafts.get': ({ ctx }, input) => getDraft(ctx, input.id),
  'intakeDrafts.delete': ({ ctx }, input) => deleteDraft(ctx, input.id),
};
