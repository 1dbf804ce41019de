import { Stack, Text } from '@mantine/core';
import type { FormScope } from '../../../components/formScope';
import { blankAddress } from '../../clients/clientForms';
import { AddressFields } from '../../clients/fields/AddressFields';
import { RecordList } from '../../clients/fields/RecordList';
import type { IntakeFormValues } from '../intakeForm';

export function AddressesStep({ intake }: { intake: FormScope<IntakeFormValues> }) {
  return (
    <Stack>
      <Text>
        Start with where the person lives now (leave &ldquo;Moved out&rdquo; empty). Add past addresses with the dates they lived there, and a mailing address if post goes
        elsewhere.
      </Text>
      <RecordList scope={intake.field('addresses')} itemName="Address" addLabel="Add address" blank={blankAddress} emptyText="No address recorded.">
        {(address) => <AddressFields scope={address} />}
      </RecordList>
    </Stack>
  );
}
