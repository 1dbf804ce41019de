import { List, Text } from '@mantine/core';

/** Short records as a bulleted list, or a note when there are none. */
export function LineList({ lines, none }: { lines: string[]; none: string }) {
  if (lines.length === 0) return <Text c="dimmed">{none}</Text>;
  return (
    <List spacing={4}>
      {lines.map((line, index) => (
        <List.Item key={index}>{line}</List.Item>
      ))}
    </List>
  );
}
