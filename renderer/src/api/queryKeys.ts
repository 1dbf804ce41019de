import type { ChannelInput } from '../../../electron/api/contract';

/** Query keys per domain; the first element is the domain, which is how a lock or sign-out clears the cache. */
export const queryKeys = {
  auth: {
    status: ['auth', 'status'] as const,
  },
  users: {
    all: ['users'] as const,
    list: ['users', 'list'] as const,
  },
  settings: {
    all: ['settings'] as const,
  },
  audit: {
    all: ['audit'] as const,
    list: (input: ChannelInput<'audit.list'>) => ['audit', 'list', input] as const,
  },
};
