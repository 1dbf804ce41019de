import { Center, Paper, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface AuthScreenProps {
  title: string;
  width?: number;
  children: ReactNode;
}

/** The centred card every screen outside the app shell uses (set-up, sign-in, lock, password change). */
export function AuthScreen({ title, width = 440, children }: AuthScreenProps) {
  useDocumentTitle(`${title} · Probation Desk`);
  return (
    <Center component="main" mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={width}>
        <Text size="sm" fw={600} c="dimmed">
          Probation Desk
        </Text>
        <Title order={1} size="h2" mb="lg">
          {title}
        </Title>
        {children}
      </Paper>
    </Center>
  );
}
