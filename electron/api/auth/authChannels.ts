import { changePasswordInputSchema, loginInputSchema, recoverInputSchema, setupInputSchema, unlockInputSchema } from './authSchemas';
import { authStatusWire, setupResultWire } from './authWire';
import { channel, noInput, returns } from '../channel';

export const authChannels = {
  'auth.status': channel(noInput, 'public', authStatusWire),
  'auth.setup': channel(setupInputSchema, 'public', setupResultWire),
  'auth.login': channel(loginInputSchema, 'public', authStatusWire),
  'auth.recover': channel(recoverInputSchema, 'public', authStatusWire),
  'auth.logout': channel(noInput, 'public', authStatusWire),
  'auth.unlock': channel(unlockInputSchema, 'locked', authStatusWire),
  'auth.lock': channel(noInput, 'session', authStatusWire),
  'auth.touch': channel(noInput, 'session', returns<null>()),
  'auth.changePassword': channel(changePasswordInputSchema, 'session', authStatusWire),
};
