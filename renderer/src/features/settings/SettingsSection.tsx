import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type FormEvent, type ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';

interface SettingsSectionProps {
  title: string;
  description: string;
  error: string | null;
  pending: boolean;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}

/** One settings form in its own titled panel; the form is named by its title so its Save button can be told apart. */
export function SettingsSection({ title, description, error, pending, onSubmit, children }: SettingsSectionProps) {
  const titleId = useId();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={titleId}>
      <form onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
        <Stack>
          <div>
            <Title order={2} size="h3" id={titleId}>
              {title}
            </Title>
            <Text c="dimmed">{description}</Text>
          </div>
          {children}
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button type="submit" loading={pending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
