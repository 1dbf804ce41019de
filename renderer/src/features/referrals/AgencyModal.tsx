import { Checkbox, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { AgencyInput } from '../../../../electron/api/referrals/referralsSchemas';
import { useCreateAgency, useUpdateAgency } from '../../api/referrals';
import { ChannelFormModal } from '../../components/ChannelFormModal';
import { formScope } from '../../components/formScope';
import { optionsOf } from '../clients/clientLabels';
import { AGENCY_KIND_LABELS } from './referralLabels';
import type { Agency } from './referralTypes';

const KIND_OPTIONS = optionsOf(AGENCY_KIND_LABELS);

type AgencyForm = Omit<AgencyInput, 'kind'> & { kind: Agency['kind'] | null };

const blankAgency = (): AgencyForm => ({ name: '', kind: null, address: '', phone: '', contactPerson: '', notes: '' });

const agencyForm = ({ name, kind, address, phone, contactPerson, notes }: Agency): AgencyForm => ({ name, kind, address, phone, contactPerson, notes });

function AgencyFields({ form }: { form: UseFormReturnType<{ agency: AgencyForm }> }) {
  const agency = formScope<{ agency: AgencyForm }>(form as UseFormReturnType<unknown>).field('agency');
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Name" data-autofocus {...agency.props('name')} />
        <Select label="Category" data={KIND_OPTIONS} allowDeselect={false} placeholder="Choose…" {...agency.props('kind')} />
      </SimpleGrid>
      <Textarea label="Address" autosize minRows={2} {...agency.props('address')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Phone" {...agency.props('phone')} />
        <TextInput label="Contact person" {...agency.props('contactPerson')} />
      </SimpleGrid>
      <Textarea label="Notes" description="Hours, eligibility, how to refer" autosize minRows={2} {...agency.props('notes')} />
    </Stack>
  );
}

/** Adds an agency to the office's directory, or edits one (an agency no longer used is made inactive, never removed). */
export function AgencyModal({ agency, onClose }: { agency: Agency | null; onClose: () => void }) {
  const create = useCreateAgency();
  const update = useUpdateAgency();
  if (!agency) {
    return (
      <ChannelFormModal
        channel="agencies.create"
        mutation={create}
        title="Add agency"
        submitLabel="Add agency"
        initialValues={{ agency: blankAgency() }}
        savedMessage={(row) => `${row.name} added to the directory.`}
        onClose={onClose}
      >
        {(form) => <AgencyFields form={form} />}
      </ChannelFormModal>
    );
  }
  return (
    <ChannelFormModal
      channel="agencies.update"
      mutation={update}
      title={`Edit ${agency.name}`}
      submitLabel="Save agency"
      initialValues={{ agencyId: agency.id, agency: agencyForm(agency), active: agency.active }}
      savedMessage={(row) => `${row.name} saved.`}
      onClose={onClose}
    >
      {(form) => (
        <Stack>
          <AgencyFields form={form} />
          <Checkbox
            label="Active"
            description="Inactive agencies stay on past referrals but are not offered for new ones"
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        </Stack>
      )}
    </ChannelFormModal>
  );
}
