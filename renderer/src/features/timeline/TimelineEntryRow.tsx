import { Badge, Group, Paper, Text } from '@mantine/core';
import { useCurrency } from '../../api/settings';
import { entrySummary, entryTitle, formatEntryTime, type TimelineEntry } from './describeEntry';
import { TIMELINE_KIND_COLORS, TIMELINE_KIND_LABELS } from './timelineKinds';

/** One entry: when, what kind, what it says, and who recorded it. */
export function TimelineEntryRow({ entry, by }: { entry: TimelineEntry; by: string }) {
  const summary = entrySummary(entry);
  const currency = useCurrency();
  return (
    <Paper withBorder p="sm" mb="xs">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Text size="sm" w={150} style={{ flexShrink: 0 }}>
          {formatEntryTime(entry.at)}
        </Text>
        <Badge color={TIMELINE_KIND_COLORS[entry.kind]} style={{ flexShrink: 0 }} w={150}>
          {TIMELINE_KIND_LABELS[entry.kind]}
        </Badge>
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {entryTitle(entry, currency)}
          </Text>
          {summary && (
            <Text size="sm" lineClamp={2}>
              {summary}
            </Text>
          )}
          {by && (
            <Text size="xs" c="dimmed">
              {by}
            </Text>
          )}
        </div>
      </Group>
    </Paper>
  );
}
