import { TagsInput } from '@mantine/core';
import { schemaResolver, useForm, type FormErrors } from '@mantine/form';
import { enforcementSettingsSchema, type SettingsValues } from '../../../../electron/api/settings/settingsSchemas';
import { useSettingsChange } from '../../api/settings';
import { notifySuccess } from '../../components/notifySuccess';
import { useServerErrors } from '../../components/useServerErrors';
import { SettingsSection } from './SettingsSection';

type EnforcementList = keyof SettingsValues['enforcement'];

/** A list's own error, or the first of its entries' ("… is already in the list."), shown under the one input. */
const listError = (errors: FormErrors, list: EnforcementList) => errors[list] ?? Object.entries(errors).find(([path]) => path.startsWith(`${list}.`))?.[1];

/** The severities a violation is graded by and the graduated sanctions officers choose from, as office policy names them. */
export function EnforcementForm({ initial }: { initial: SettingsValues['enforcement'] }) {
  const save = useSettingsChange('settings.updateEnforcement');
  const form = useForm({ initialValues: initial, validate: schemaResolver(enforcementSettingsSchema, { sync: true }) });
  const serverErrors = useServerErrors(form);

  const submit = form.onSubmit((values) => {
    serverErrors.clear();
    save.mutate(values, { onSuccess: () => notifySuccess('Enforcement lists saved.'), onError: serverErrors.show });
  });
  const listProps = (list: EnforcementList) => ({ ...form.getInputProps(list), error: listError(form.errors, list) });

  return (
    <SettingsSection
      title="Violations and sanctions"
      description="What officers choose from when they record a violation and respond to it. Violations already recorded keep the names they were given."
      error={serverErrors.message}
      pending={save.isPending}
      onSubmit={submit}
    >
      <TagsInput label="Severities" description="Least to most serious; press Enter after each." {...listProps('severities')} />
      <TagsInput label="Graduated sanctions" description="Press Enter after each." {...listProps('sanctions')} />
    </SettingsSection>
  );
}
