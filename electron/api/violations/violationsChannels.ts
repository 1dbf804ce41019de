import { ALL, channel, returns } from '../channel';
import { type ViolationResponseRow, type ViolationRow } from '../../../db/schema';
import { type ViolationWithResponses } from '../../services/violations/violations';
import { clientIdInputSchema } from '../clients/clientsSchemas';
import { createViolationInputSchema, respondInputSchema, setViolationStatusInputSchema, updateViolationInputSchema } from './violationsSchemas';

export const violationsChannels = {
  'violations.list': channel(clientIdInputSchema, ALL, returns<ViolationWithResponses[]>()),
  'violations.create': channel(createViolationInputSchema, ALL, returns<ViolationRow>()),
  'violations.update': channel(updateViolationInputSchema, ALL, returns<ViolationRow>()),
  'violations.respond': channel(respondInputSchema, ALL, returns<ViolationResponseRow>()),
  'violations.setStatus': channel(setViolationStatusInputSchema, ALL, returns<ViolationRow>()),
};
