import { Badge, Group, Select, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useAgencies } from '../../api/referrals';
import { useActiveSession } from '../../app/ActiveSession';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { RecordTable } from '../../components/RecordTable';
import { SmallButton } from '../../components/SmallButton';
import { optionsOf } from '../clients/clientLabels';
import { AgencyModal } from './AgencyModal';
import { AGENCY_KIND_LABELS } from './referralLabels';
import type { Agency } from './referralTypes';

const CATEGORY_OPTIONS = optionsOf(AGENCY_KIND_LABELS);

/** The office's directory of services clients are referred to; every role reads it, supervisors and administrators keep it. */
export function AgencyDirectoryPage() {
  const { user } = useActiveSession();
  const keepsDirectory = user.role !== 'officer';
  const [includeInactive, setIncludeInactive] = useState(false);
  const [category, setCategory] = useState<Agency['kind'] | null>(null);
  // undefined: no dialog; null: a new agency.
  const [editing, setEditing] = useState<Agency | null | undefined>(undefined);
  const agencies = useAgencies(includeInactive);
  const shown = (agencies.data ?? []).filter((agency) => category === null || agency.kind === category);

  return (
    <>
      <PageHeader
        title="Agency directory"
        description={
          keepsDirectory
            ? 'Housing, employment, education and treatment services the office refers clients to.'
            : 'Supervisors and administrators keep this directory; ask them to add an agency.'
        }
        actions={keepsDirectory && <SmallButton onClick={() => setEditing(null)}>Add agency</SmallButton>}
      />
      <Stack>
        <Group align="flex-end">
          <Select label="Category" data={CATEGORY_OPTIONS} value={category} onChange={(value) => setCategory(value)} clearable placeholder="All categories" w={260} />
          <Switch label="Show inactive agencies" checked={includeInactive} onChange={(event) => setIncludeInactive(event.currentTarget.checked)} mb={8} />
        </Group>
        <ErrorAlert error={agencies.error} />
        {agencies.isPending ? (
          <PageLoader />
        ) : (
          <RecordTable
            label="Agencies"
            columns={['Name', 'Category', 'Address', 'Phone', 'Contact person', 'Notes', ...(keepsDirectory ? ['Actions'] : [])]}
            rows={shown}
            emptyText={agencies.data?.length ? 'No agency in this category.' : 'The directory is empty.'}
            minWidth={1000}
          >
            {(agency) => (
              <Table.Tr key={agency.id}>
                <Table.Td>
                  {agency.name}
                  {!agency.active && (
                    <Badge color="gray" ml="xs">
                      Inactive
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{AGENCY_KIND_LABELS[agency.kind]}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{agency.address}</Table.Td>
                <Table.Td>{agency.phone}</Table.Td>
                <Table.Td>{agency.contactPerson}</Table.Td>
                <Table.Td>
                  <Text size="sm">{agency.notes}</Text>
                </Table.Td>
                {keepsDirectory && (
                  <Table.Td>
                    <SmallButton aria-label={`Edit ${agency.name}`} onClick={() => setEditing(agency)}>
                      Edit
                    </SmallButton>
                  </Table.Td>
                )}
              </Table.Tr>
            )}
          </RecordTable>
        )}
      </Stack>
      {editing !== undefined && <AgencyModal agency={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
