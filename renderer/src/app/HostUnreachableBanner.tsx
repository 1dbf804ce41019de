import { Alert, Loader } from '@mantine/core';
import { useHostReachable } from '../api/hostStatus';

/**
 * Over every screen while the office host cannot be reached; it goes by itself when the host answers again. Forms
 * stay open with what was typed, so a save can be tried again then.
 */
export function HostUnreachableBanner() {
  if (useHostReachable()) return null;
  return (
    <Alert
      color="dark"
      variant="filled"
      icon={<Loader size="xs" color="white" aria-hidden />}
      title="The office host cannot be reached — reconnecting…"
      pos="fixed"
      top={8}
      left="50%"
      style={{ transform: 'translateX(-50%)', zIndex: 400, maxWidth: 'calc(100vw - 16px)' }}
    >
      What you have typed stays on screen; save it again once this message goes.
    </Alert>
  );
}
