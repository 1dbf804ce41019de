/**
 * The channel names alone, so the preload can build window.api without bundling the schemas.
 * contract.ts must define exactly these (its `satisfies` clause checks it).
 */
export const CHANNELS = [
  'auth.status',
  'auth.setup',
  'auth.login',
  'auth.recover',
  'auth.logout',
  'auth.unlock',
  'auth.lock',
  'auth.touch',
  'auth.changePassword',
  'settings.get',
  'settings.updateOffice',
  'settings.updateSecurity',
  'users.list',
  'users.create',
  'users.update',
  'users.deactivate',
  'users.reactivate',
  'users.resetPassword',
  'users.releaseLockout',
  'audit.list',
  'audit.verify',
  'audit.export',
] as const;

export type ChannelName = (typeof CHANNELS)[number];

/** The single IPC channel Electron carries every call on; the dispatcher routes by channel name. */
export const IPC_INVOKE = 'probation-desk:invoke';
