import type { Channel } from '../../api/contract';
import { createViolation, listViolations, respondToViolation, setViolationStatus, updateViolation } from '../../services/violations/violations';
import type { HandlerGroup } from './types';

export const violationsHandlers: HandlerGroup<Extract<Channel, `violations.${string}`>> = {
  'violations.list': ({ ctx }, input) => listViolations(ctx, input.clientId),
  'violations.create': ({ ctx }, input) => createViolation(ctx, input),
  'violations.update': ({ ctx }, input) => updateViolation(ctx, input),
  'violations.respond': ({ ctx }, input) => respondToViolation(ctx, input),
  'violations.setStatus': ({ ctx }, input) => setViolationStatus(ctx, input),
};
