import type { Channel } from '../../api/contract';
import { deleteDraft, getDraft, listDrafts, saveDraft } from '../../services/intakeDrafts/intakeDrafts';
import type { HandlerGroup } from './types';

export const intakeDraftsHandlers: HandlerGroup<Extract<Channel, `intakeDrafts.${string}`>> = {
  'intakeDrafts.save': ({ sessions }, input) => saveDraft(sessions.requireActive().ctx, input),
  'intakeDrafts.list': ({ sessions }) => listDrafts(sessions.requireActive().ctx),
  'intakeDrafts.get': ({ sessions }, input) => getDraft(sessions.requireActive().ctx, input.id),
  'intakeDrafts.delete': ({ sessions }, input) => deleteDraft(sessions.requireActive().ctx, input.id),
};
