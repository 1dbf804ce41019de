import { schemaResolver, useForm } from '@mantine/form';
import { officeSettingsSchema, type SettingsValues } from '../../../../electron/api/settings/settingsSchemas';
import { useSettingsChange } from '../../api/settings';
import { notifySuccess } from '../../components/notifySuccess';
import { useServerErrors } from '../../components/useServerErrors';
import { OfficeFields } from './OfficeFields';
import { OfficeFormatFields } from './OfficeFormatFields';
import { SettingsSection } from './SettingsSection';

export function OfficeDetailsForm({ initial }: { initial: SettingsValues['office'] }) {
  const save = useSettingsChange('settings.updateOffice');
  const form = useForm({ initialValues: initial, validate: schemaResolver(officeSettingsSchema, { sync: true }) });
  const serverErrors = useServerErrors(form);

  const submit = form.onSubmit((values) => {
    serverErrors.clear();
    save.mutate(values, { onSuccess: () => notifySuccess('Office details saved.'), onError: serverErrors.show });
  });

  return (
    <SettingsSection
      title="Office details"
      description="How the office appears in the app and on its court reports, the currency it keeps money in, and the paper its documents are printed on."
      error={serverErrors.message}
      pending={save.isPending}
      onSubmit={submit}
    >
      <OfficeFields inputProps={(field) => form.getInputProps(field)} />
      <OfficeFormatFields inputProps={(field) => form.getInputProps(field)} />
    </SettingsSection>
  );
}
