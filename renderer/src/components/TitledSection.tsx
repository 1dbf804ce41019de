import { Group, Paper, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';

interface TitledSectionProps {
  title: string;
  /** The heading level under the page's (or the step's) own heading. */
  order?: TitleOrder;
  /** The buttons that change what the section shows, beside its title. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A bordered, titled part of a page, named by its title for screen readers and tests. */
export function TitledSection({ title, order = 2, actions, children }: TitledSectionProps) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm">
        <Title order={order} size="h4">
          {title}
        </Title>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      {children}
    </Paper>
  );
}
