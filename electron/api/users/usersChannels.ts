import { z } from 'zod';
import { ADMIN, ALL, channel, noInput } from '../channel';
import { createUserInputSchema, setTemporaryPasswordInputSchema, updateUserInputSchema, userIdInputSchema } from './usersSchemas';
import { directoryEntryWire, userSummaryWire, userWire } from './usersWire';

export const usersChannels = {
  'users.list': channel(noInput, ADMIN, z.array(userSummaryWire)),
  'users.create': channel(createUserInputSchema, ADMIN, userWire),
  'users.update': channel(updateUserInputSchema, ADMIN, userWire),
  'users.deactivate': channel(userIdInputSchema, ADMIN, userWire),
  'users.reactivate': channel(setTemporaryPasswordInputSchema, ADMIN, userWire),
  'users.resetPassword': channel(setTemporaryPasswordInputSchema, ADMIN, userWire),
  'users.releaseLockout': channel(userIdInputSchema, ADMIN, userWire),
  'users.directory': channel(noInput, ALL, z.array(directoryEntryWire)),
};
