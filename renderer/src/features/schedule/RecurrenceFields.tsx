import { Chip, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { WEEKDAYS } from '../../../../electron/api/schedule/scheduleSchemas';
import { defaultUntil, type AppointmentFormValues } from './appointmentForm';

const FREQUENCY_OPTIONS = [
  { value: 'daily', label: 'Days' },
  { value: 'weekly', label: 'Weeks' },
  { value: 'monthly', label: 'Months' },
];
const WEEKDAY_LABELS = { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' } as const;

/** How a series repeats and when it ends; `fixed` shows the repeat switch as always on (editing a series). */
export function RecurrenceFields({ form, fixed = false }: { form: UseFormReturnType<AppointmentFormValues>; fixed?: boolean }) {
  const { repeats, ends, recurrence } = form.getValues();
  return (
    <Stack gap="xs">
      {!fixed && (
        <Switch
          label="Repeats"
          {...form.getInputProps('repeats', { type: 'checkbox' })}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            form.setFieldValue('repeats', on);
            // The default last date counts from the start the officer has chosen by now, not from when the form opened.
            if (on && !form.isTouched('recurrence.until')) form.setFieldValue('recurrence.until', defaultUntil(form.getValues().appointment.start));
          }}
        />
      )}
      {repeats && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput label="Every" min={1} max={99} allowDecimal={false} allowNegative={false} {...form.getInputProps('recurrence.interval')} />
            <Select label="Unit" data={FREQUENCY_OPTIONS} allowDeselect={false} {...form.getInputProps('recurrence.frequency')} />
          </SimpleGrid>
          {recurrence.frequency === 'weekly' && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                On (none chosen: the start's weekday)
              </Text>
              <Chip.Group multiple {...form.getInputProps('recurrence.weekdays')}>
                <Group gap={4}>
                  {WEEKDAYS.map((day) => (
                    <Chip key={day} value={day} size="xs">
                      {WEEKDAY_LABELS[day]}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            </Stack>
          )}
          {recurrence.frequency === 'monthly' && (
            <SegmentedControl
              aria-label="Monthly on"
              data={[
                { value: 'day_of_month', label: "The start's date" },
                { value: 'weekday_of_month', label: "The start's weekday of the month" },
              ]}
              {...form.getInputProps('recurrence.monthlyBy')}
            />
          )}
          <SegmentedControl
            aria-label="The series ends"
            data={[
              { value: 'count', label: 'After a number of times' },
              { value: 'until', label: 'On a date' },
            ]}
            {...form.getInputProps('ends')}
          />
          {ends === 'count' ? (
            <NumberInput label="Number of appointments" min={1} allowDecimal={false} allowNegative={false} {...form.getInputProps('recurrence.count')} />
          ) : (
            <TextInput label="Last date" type="date" {...form.getInputProps('recurrence.until')} />
          )}
        </>
      )}
    </Stack>
  );
}
