import { useState } from 'react';
import { backgroundSchema } from '../../../../../electron/api/clients/clientsSchemas';
import { FactList } from '../../../components/FactList';
import { formScope } from '../../../components/formScope';
import { formatLocalTime } from '../../../components/formatTime';
import { blankBackground, fieldsOf, type BackgroundInput } from '../clientForms';
import { ClientFormModal } from '../dialogs/ClientFormModal';
import { BACKGROUND_AREAS, BACKGROUND_FIELDS, BackgroundFields } from '../fields/BackgroundFields';
import type { ClientProfile } from '../profileTypes';
import { TitledSection } from '../../../components/TitledSection';
import { SmallButton } from '../../../components/SmallButton';

/** The collateral information from intake (education, employment, health…), kept up to date as it changes. */
export function BackgroundTab({ profile }: { profile: ClientProfile }) {
  const { client, background } = profile;
  const [editing, setEditing] = useState(false);
  const values = background ? fieldsOf(backgroundSchema, background) : blankBackground();

  return (
    <TitledSection title="Background" actions={<SmallButton onClick={() => setEditing(true)}>Edit background</SmallButton>}>
      <FactList
        cols={2}
        facts={[
          ...BACKGROUND_FIELDS.map((field) => [BACKGROUND_AREAS[field].label, values[field]] as [string, string]),
          ['Last updated', background?.updatedAt && formatLocalTime(background.updatedAt)],
        ]}
      />
      {editing && (
        <ClientFormModal
          channel="clients.updateBackground"
          title="Edit background"
          submitLabel="Save background"
          size="xl"
          initialValues={{ clientId: client.id, background: values }}
          savedMessage="Background saved."
          onClose={() => setEditing(false)}
        >
          {(form) => <BackgroundFields scope={formScope<{ background: BackgroundInput }>(form).field('background')} />}
        </ClientFormModal>
      )}
    </TitledSection>
  );
}
