import { ADMIN, ALL, channel, noInput, returns } from '../channel';
import { type DirectoryEntry, type UserSummary } from '../../services/users/users';
import { type UserRow } from '../../../db/schema';
import { createUserInputSchema, setTemporaryPasswordInputSchema, updateUserInputSchema, userIdInputSchema } from './usersSchemas';

export const usersChannels = {
  'users.list': channel(noInput, ADMIN, returns<UserSummary[]>()),
  'users.create': channel(createUserInputSchema, ADMIN, returns<UserRow>()),
  'users.update': channel(updateUserInputSchema, ADMIN, returns<UserRow>()),
  'users.deactivate': channel(userIdInputSchema, ADMIN, returns<UserRow>()),
  'users.reactivate': channel(setTemporaryPasswordInputSchema, ADMIN, returns<UserRow>()),
  'users.resetPassword': channel(setTemporaryPasswordInputSchema, ADMIN, returns<UserRow>()),
  'users.releaseLockout': channel(userIdInputSchema, ADMIN, returns<UserRow>()),
  'users.directory': channel(noInput, ALL, returns<DirectoryEntry[]>()),
};
