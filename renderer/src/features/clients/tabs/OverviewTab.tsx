import { SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { aliasSchema, identifierSchema, identitySchema } from '../../../../../electron/api/clients/clientsSchemas';
import { useClientPhoto } from '../../../api/clients';
import { FactList } from '../../../components/FactList';
import { formScope } from '../../../components/formScope';
import { LineList } from '../../../components/LineList';
import { addressLine, aliasLine, identifierLine, identityFacts } from '../clientFacts';
import { fieldsOf } from '../clientForms';
import { ClientFormModal } from '../dialogs/ClientFormModal';
import { IdentityEditor } from '../fields/IdentityEditor';
import { PhotoInput, photoError } from '../fields/PhotoInput';
import { formatDate } from '../formatClient';
import type { ClientProfile } from '../profileTypes';
import { TitledSection } from '../../../components/TitledSection';
import { useMeasurementSystem } from '../../../api/settings';
import { SmallButton } from '../../../components/SmallButton';

export function OverviewTab({ profile }: { profile: ClientProfile }) {
  const { client, aliases, identifiers, addresses } = profile;
  const [editing, setEditing] = useState<'identity' | 'photo' | null>(null);
  const photo = useClientPhoto(client.id, client.hasPhoto);
  const close = () => setEditing(null);
  const current = addresses.filter((address) => address.movedOut === null);
  const system = useMeasurementSystem();

  return (
    <Stack>
      <TitledSection
        title="Identity"
        actions={
          <>
            <SmallButton onClick={() => setEditing('photo')}>Change photo</SmallButton>
            <SmallButton onClick={() => setEditing('identity')}>Edit identity</SmallButton>
          </>
        }
      >
        <FactList facts={identityFacts(client, system)} />
      </TitledSection>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TitledSection title="Current address">
          <LineList
            lines={current.map((address) => [addressLine(address), address.verifiedOn && `verified ${formatDate(address.verifiedOn)}`].filter(Boolean).join('; '))}
            none="No current address."
          />
        </TitledSection>
        <TitledSection title="Other names">
          <LineList lines={aliases.map(aliasLine)} none="No aliases, nicknames or previous names." />
        </TitledSection>
        <TitledSection title="Identifiers">
          <LineList lines={identifiers.map(identifierLine)} none="No identifiers recorded." />
        </TitledSection>
      </SimpleGrid>

      {editing === 'identity' && (
        <ClientFormModal
          channel="clients.updateIdentity"
          title="Edit identity"
          submitLabel="Save identity"
          size="xl"
          initialValues={{
            clientId: client.id,
            version: client.rowVersion,
            identity: fieldsOf(identitySchema, client),
            aliases: aliases.map((alias) => fieldsOf(aliasSchema, alias)),
            identifiers: identifiers.map((identifier) => fieldsOf(identifierSchema, identifier)),
          }}
          savedMessage="Identity saved."
          onClose={close}
        >
          {(form) => <IdentityEditor scope={formScope<typeof form.values>(form)} />}
        </ClientFormModal>
      )}
      {editing === 'photo' && (
        <ClientFormModal
          channel="clients.setPhoto"
          title="Change photo"
          submitLabel="Save photo"
          initialValues={{ clientId: client.id, photo: photo.data ?? null }}
          savedMessage={(saved) => (saved.hasPhoto ? 'Photo saved.' : 'Photo removed.')}
          onClose={close}
        >
          {(form) => <PhotoInput value={form.values.photo} onChange={(value) => form.setFieldValue('photo', value)} error={photoError(form.errors, 'photo')} />}
        </ClientFormModal>
      )}
    </Stack>
  );
}
