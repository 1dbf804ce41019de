import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    // The host is on the same machine: a failure is an answer (forbidden, locked, invalid), not a flaky network.
    queries: { retry: false },
    mutations: { retry: false },
  },
});
