import { Button, Kbd } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';

/** Opens the spotlight for those who do not know the shortcut. */
export function SearchButton() {
  return (
    <Button variant="default" onClick={spotlight.open} rightSection={<Kbd size="xs">Ctrl K</Kbd>} aria-keyshortcuts="Control+K">
      Search
    </Button>
  );
}
