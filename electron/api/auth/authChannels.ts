import { type AuthStatus } from '../../services/auth/sessionManager';
import { changePasswordInputSchema, loginInputSchema, recoverInputSchema, setupInputSchema, unlockInputSchema } from './authSchemas';
import { channel, noInput, returns } from '../channel';

export const authChannels = {
  'auth.status': channel(noInput, 'public', returns<AuthStatus>()),
  'auth.setup': channel(setupInputSchema, 'public', returns<{ recoveryKey: string; status: AuthStatus }>()),
  'auth.login': channel(loginInputSchema, 'public', returns<AuthStatus>()),
  'auth.recover': channel(recoverInputSchema, 'public', returns<AuthStatus>()),
  'auth.logout': channel(noInput, 'public', returns<AuthStatus>()),
  'auth.unlock': channel(unlockInputSchema, 'locked', returns<AuthStatus>()),
  'auth.lock': channel(noInput, 'session', returns<AuthStatus>()),
  'auth.touch': channel(noInput, 'session', returns<null>()),
  'auth.changePassword': channel(changePasswordInputSchema, 'session', returns<AuthStatus>()),
};
