import { NumberInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IDLE_LOCK_MAX_MINUTES, securitySettingsSchema, type SettingsValues } from '../../../../electron/api/settings/settingsSchemas';
import { useSettingsChange } from '../../api/settings';
import { notifySuccess } from '../../components/notifySuccess';
import { useServerErrors } from '../../components/useServerErrors';
import { SettingsSection } from './SettingsSection';

export function SecurityForm({ initial }: { initial: SettingsValues['security'] }) {
  const save = useSettingsChange('settings.updateSecurity');
  // NumberInput reports an emptied field as '', which the schema rejects with its own message.
  const form = useForm<{ idleLockMinutes: number | string }>({
    initialValues: initial,
    validate: schemaResolver(securitySettingsSchema, { sync: true }),
  });
  const serverErrors = useServerErrors(form);

  const submit = form.onSubmit((values) => {
    serverErrors.clear();
    save.mutate({ idleLockMinutes: Number(values.idleLockMinutes) }, { onSuccess: () => notifySuccess('Security settings saved.'), onError: serverErrors.show });
  });

  return (
    <SettingsSection title="Security" description="Applies to every workstation session at this office." error={serverErrors.message} pending={save.isPending} onSubmit={submit}>
      <NumberInput
        label="Idle lock (minutes)"
        description={`The session locks after this many minutes without keyboard or mouse activity: 1 to ${IDLE_LOCK_MAX_MINUTES}.`}

        min={1}
        max={IDLE_LOCK_MAX_MINUTES}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="none"
        maw={260}
        {...form.getInputProps('idleLockMinutes')}
      />
    </SettingsSection>
  );
}
