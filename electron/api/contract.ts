import { z } from 'zod';
import type { AuditRow, Role, UserRow } from '../../db/schema';
import type { ChainVerification } from '../services/audit/auditChain';
import { auditFilterSchema, auditListInputSchema } from '../services/audit/auditSchemas';
import {
  changePasswordInputSchema,
  loginInputSchema,
  recoverInputSchema,
  setupInputSchema,
  unlockInputSchema,
} from '../services/auth/authSchemas';
import type { AuthStatus } from '../services/auth/sessionManager';
import { officeSettingsSchema, securitySettingsSchema, type SettingsValues } from '../services/settings/settingsSchemas';
import type { UserSummary } from '../services/users/users';
import {
  createUserInputSchema,
  setTemporaryPasswordInputSchema,
  updateUserInputSchema,
  userIdInputSchema,
} from '../services/users/usersSchemas';
import type { ChannelName } from './channels';

/**
 * Who may call a channel:
 * - 'public': anyone, signed in or not (set-up, sign-in, status);
 * - 'locked': a session that is locked (unlock);
 * - 'session': any signed-in user, even one who must still change a temporary password;
 * - a list of roles: an active session with one of them.
 */
export type Access = 'public' | 'locked' | 'session' | readonly Role[];

export interface ChannelDef<I extends z.ZodType, O> {
  input: I;
  access: Access;
  /** Type-only marker for the output; never read at run time. */
  output?: O;
}

const returns = <O>() => undefined as O | undefined;
const channel = <I extends z.ZodType, O>(input: I, access: Access, output: O | undefined): ChannelDef<I, O> => ({ input, access, output });

const noInput = z.object({}).strict();
const ALL: readonly Role[] = ['officer', 'supervisor', 'admin'];
const ADMIN: readonly Role[] = ['admin'];

export const contract = {
  'auth.status': channel(noInput, 'public', returns<AuthStatus>()),
  'auth.setup': channel(setupInputSchema, 'public', returns<{ recoveryKey: string; status: AuthStatus }>()),
  'auth.login': channel(loginInputSchema, 'public', returns<AuthStatus>()),
  'auth.recover': channel(recoverInputSchema, 'public', returns<AuthStatus>()),
  'auth.logout': channel(noInput, 'public', returns<AuthStatus>()),
  'auth.unlock': channel(unlockInputSchema, 'locked', returns<AuthStatus>()),
  'auth.lock': channel(noInput, 'session', returns<AuthStatus>()),
  'auth.touch': channel(noInput, 'session', returns<null>()),
  'auth.changePassword': channel(changePasswordInputSchema, 'session', returns<AuthStatus>()),

  'settings.get': channel(noInput, ALL, returns<SettingsValues>()),
  'settings.updateOffice': channel(officeSettingsSchema, ADMIN, returns<SettingsValues['office']>()),
  'settings.updateSecurity': channel(securitySettingsSchema, ADMIN, returns<SettingsValues['security']>()),

  'users.list': channel(noInput, ADMIN, returns<UserSummary[]>()),
  'users.create': channel(createUserInputSchema, ADMIN, returns<UserRow>()),
  'users.update': channel(updateUserInputSchema, ADMIN, returns<UserRow>()),
  'users.deactivate': channel(userIdInputSchema, ADMIN, returns<UserRow>()),
  'users.reactivate': channel(setTemporaryPasswordInputSchema, ADMIN, returns<UserRow>()),
  'users.resetPassword': channel(setTemporaryPasswordInputSchema, ADMIN, returns<UserRow>()),
  'users.releaseLockout': channel(userIdInputSchema, ADMIN, returns<UserRow>()),

  'audit.list': channel(auditListInputSchema, ADMIN, returns<{ rows: AuditRow[]; total: number }>()),
  'audit.verify': channel(noInput, ADMIN, returns<ChainVerification>()),
  'audit.export': channel(z.object({ filter: auditFilterSchema }), ADMIN, returns<{ filename: string; content: string; rows: number }>()),
} satisfies Record<ChannelName, ChannelDef<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Exclude<Contract[C]['output'], undefined>;
