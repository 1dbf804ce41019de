import type { Channel } from '../../api/contract';
import { createViolation, listViolations, respondToViolation, setViolationStatus, updateViolation } from '../../services/violations/violations';
import type { HandlerGroup } from './types';

export const violationsHandlers: HandlerGroup<Extract<Channel, `violations.${string}`>> = {
  'violations.list': ({ sessions }, input) => listViolations(sessions.requireActive().ctx, input.clientId),
  'violations.create': ({ sessions }, input) => createViolation(sessions.requireActive().ctx, input),
  'violations.update': ({ sessions }, input) => updateViolation(sessions.requireActive().ctx, input),
  'violations.respond': ({ sessions }, input) => respondToViolation(sessions.requireActive().ctx, input),
  'violations.setStatus': ({ sessions }, input) => setViolationStatus(sessions.requireActive().ctx, input),
};
