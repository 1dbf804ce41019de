import { z } from 'zod';
import { ALL, channel, noInput, returns } from '../channel';
import { draftIdInputSchema, saveDraftInputSchema } from './intakeDraftsSchemas';
import { draftSummaryWire, intakeDraftWire } from './intakeDraftsWire';

export const intakeDraftsChannels = {
  // Drafts are private to the officer who saved them, whatever their role.
  'intakeDrafts.save': channel(saveDraftInputSchema, ALL, draftSummaryWire),
  'intakeDrafts.list': channel(noInput, ALL, z.array(draftSummaryWire)),
  'intakeDrafts.get': channel(draftIdInputSchema, ALL, intakeDraftWire),
  'intakeDrafts.delete': channel(draftIdInputSchema, ALL, returns<null>()),
};
