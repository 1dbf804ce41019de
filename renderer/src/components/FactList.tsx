import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type Fact = [label: string, value: ReactNode];

/** Label-and-value pairs as a description list; facts with no value are left out rather than shown as blanks. */
export function FactList({ facts, cols = 3 }: { facts: Fact[]; cols?: number }) {
  const shown = facts.filter(([, value]) => value !== '' && value !== null && value !== undefined && value !== false);
  if (shown.length === 0) return <Text c="dimmed">Nothing recorded.</Text>;
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: Math.min(2, cols), lg: cols }} spacing="md" verticalSpacing="xs" m={0}>
      {shown.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
