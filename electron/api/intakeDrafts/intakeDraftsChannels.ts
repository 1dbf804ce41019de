import { ALL, channel, noInput, returns } from '../channel';
import { type DraftSummary } from '../../services/intakeDrafts/intakeDrafts';
import { type IntakeDraftRow } from '../../../db/schema';
import { draftIdInputSchema, saveDraftInputSchema } from './intakeDraftsSchemas';

export const intakeDraftsChannels = {
  // Drafts are private to the officer who saved them, whatever their role.
  'intakeDrafts.save': channel(saveDraftInputSchema, ALL, returns<DraftSummary>()),
  'intakeDrafts.list': channel(noInput, ALL, returns<DraftSummary[]>()),
  'intakeDrafts.get': channel(draftIdInputSchema, ALL, returns<IntakeDraftRow>()),
  'intakeDrafts.delete': channel(draftIdInputSchema, ALL, returns<null>()),
};
