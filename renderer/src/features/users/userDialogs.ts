import type { ChannelOutput } from '../../../../electron/api/contract';

export type UserSummary = ChannelOutput<'users.list'>[number];

/** The dialogs the users page can open: one per administrative action. */
export type UserDialog = { kind: 'create' } | { kind: 'edit' | 'resetPassword' | 'reactivate' | 'deactivate' | 'releaseLockout'; user: UserSummary };

export type UserActionKind = Exclude<UserDialog['kind'], 'create'>;
