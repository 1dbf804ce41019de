import { z } from 'zod';
import { ALL, channel } from '../channel';
import { clientIdInputSchema } from '../clients/clientsSchemas';
import { createViolationInputSchema, respondInputSchema, setViolationStatusInputSchema, updateViolationInputSchema } from './violationsSchemas';
import { violationResponseWire, violationWire, violationWithResponsesWire } from './violationsWire';

export const violationsChannels = {
  'violations.list': channel(clientIdInputSchema, ALL, z.array(violationWithResponsesWire)),
  'violations.create': channel(createViolationInputSchema, ALL, violationWire),
  'violations.update': channel(updateViolationInputSchema, ALL, violationWire),
  'violations.respond': channel(respondInputSchema, ALL, violationResponseWire),
  'violations.setStatus': channel(setViolationStatusInputSchema, ALL, violationWire),
};
