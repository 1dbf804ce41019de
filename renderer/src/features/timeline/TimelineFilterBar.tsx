import { Chip, Group, Stack, Text, TextInput } from '@mantine/core';
import type { TimelineKind } from '../../../../electron/api/timeline/timelineSchemas';
import { TIMELINE_FILTERS } from './timelineKinds';

export interface TimelineFilterValues {
  /** Labels of the filters chosen; none chosen shows every kind. */
  groups: string[];
  from: string;
  to: string;
}

export const kindsOf = (groups: string[]): TimelineKind[] => TIMELINE_FILTERS.filter((filter) => groups.includes(filter.label)).flatMap((filter) => filter.kinds);

interface TimelineFilterBarProps {
  values: TimelineFilterValues;
  onChange: (values: TimelineFilterValues) => void;
  /** The schema's messages about the dates, by field (from, to). */
  errors: Partial<Record<string, string>>;
}

/** Which kinds of entries and which dates the timeline shows. */
export function TimelineFilterBar({ values, onChange, errors }: TimelineFilterBarProps) {
  return (
    <Stack gap="sm">
      <div role="group" aria-labelledby="timeline-kinds">
        <Text id="timeline-kinds" size="sm" fw={500} mb={4}>
          Kinds of entries
        </Text>
        <Text size="xs" c="dimmed" mb={4}>
          Every kind is shown while none is chosen.
        </Text>
        <Chip.Group multiple value={values.groups} onChange={(groups) => onChange({ ...values, groups })}>
          <Group gap="xs">
            {TIMELINE_FILTERS.map((filter) => (
              <Chip key={filter.label} value={filter.label} size="sm">
                {filter.label}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </div>
      <Group align="flex-start">
        <TextInput label="From" type="date" value={values.from} error={errors.from} onChange={(event) => onChange({ ...values, from: event.currentTarget.value })} />
        <TextInput label="To" type="date" value={values.to} error={errors.to} onChange={(event) => onChange({ ...values, to: event.currentTarget.value })} />
      </Group>
    </Stack>
  );
}
