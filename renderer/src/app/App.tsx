import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from '../api/queryClient';
import { AuthGate } from './AuthGate';
import { HostUnreachableBanner } from './HostUnreachableBanner';
import { getStyleNonce } from './styleNonce';
import { cssVariablesResolver, theme } from './theme';
import { useOfficeEvents } from './useOfficeEvents';

export function App() {
  useOfficeEvents();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} getStyleNonce={getStyleNonce} forceColorScheme="light">
      {/* Away from the header (search, account menu); at most three, so they never pile over the page. */}
      <Notifications position="bottom-right" limit={3} />
      <QueryClientProvider client={queryClient}>
        <HostUnreachableBanner />
        <AuthGate />
      </QueryClientProvider>
    </MantineProvider>
  );
}
