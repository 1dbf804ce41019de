import { useHotkeys } from '@mantine/hooks';
import { useLockSession } from './useLockSession';

/** Ctrl+L (Cmd+L on a Mac) locks the session from anywhere, including while typing in a field. */
export function useLockShortcut() {
  const lock = useLockSession();
  useHotkeys(
    [
      ['ctrl+L', lock],
      ['meta+L', lock],
    ],
    [],
  );
}
