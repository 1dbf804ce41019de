import { AppShell, Burger, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from 'react-router';
import { useActiveSession } from './ActiveSession';
import { MainNav } from './MainNav';
import { useOfficeTimeZone } from './useOfficeTimeZone';
import { SearchButton } from '../features/search/SearchButton';
import { SearchSpotlight } from '../features/search/SearchSpotlight';
import { SessionActivity } from './SessionActivity';
import { UserMenu } from './UserMenu';

export function AppLayout() {
  const { officeName, idleLockSeconds, locked } = useActiveSession();
  const [navOpened, nav] = useDisclosure(false);
  useOfficeTimeZone();

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label="Show or hide navigation" />
            <Stack gap={0}>
              <Text fw={700}>{officeName}</Text>
              <Text size="xs" c="dimmed">
                Probation Desk
              </Text>
            </Stack>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SearchButton />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        <MainNav onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
      <SearchSpotlight />
      {!locked && <SessionActivity idleLockSeconds={idleLockSeconds} />}
    </AppShell>
  );
}
