import { schemaResolver, useForm } from '@mantine/form';
import { scheduleSettingsSchema, type SettingsValues } from '../../../../electron/api/settings/settingsSchemas';
import { useSettingsChange } from '../../api/settings';
import { notifySuccess } from '../../components/notifySuccess';
import { useServerErrors } from '../../components/useServerErrors';
import { SettingsSection } from './SettingsSection';
import { TimeZoneSelect } from './TimeZoneSelect';

/** The office's time zone, in which appointments are entered, shown and exported to calendar files. */
export function ScheduleSettingsForm({ initial }: { initial: SettingsValues['schedule'] }) {
  const save = useSettingsChange('settings.updateSchedule');
  const form = useForm({ initialValues: initial, validate: schemaResolver(scheduleSettingsSchema, { sync: true }) });
  const serverErrors = useServerErrors(form);
  const submit = form.onSubmit((values) => {
    serverErrors.clear();
    save.mutate(values, { onSuccess: () => notifySuccess('Time zone saved.'), onError: serverErrors.show });
  });
  return (
    <SettingsSection
      title="Scheduling"
      description="Appointments are booked and shown on the office's clock, and exported to calendar files with its time zone."
      error={serverErrors.message}
      pending={save.isPending}
      onSubmit={submit}
    >
      <TimeZoneSelect {...form.getInputProps('timeZone')} />
    </SettingsSection>
  );
}
