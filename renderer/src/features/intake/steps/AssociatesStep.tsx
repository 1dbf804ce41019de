import { Stack, Text } from '@mantine/core';
import type { FormScope } from '../../../components/formScope';
import { blankAssociate } from '../../clients/clientForms';
import { AssociateFields } from '../../clients/fields/AssociateFields';
import { RecordList } from '../../clients/fields/RecordList';
import type { IntakeFormValues } from '../intakeForm';

export function AssociatesStep({ intake }: { intake: FormScope<IntakeFormValues> }) {
  return (
    <Stack>
      <Text>Family, employer, school, treatment providers, attorney: the people you will contact about this client.</Text>
      <RecordList scope={intake.field('associates')} itemName="Contact" addLabel="Add contact" blank={blankAssociate} emptyText="No contacts recorded yet.">
        {(associate) => <AssociateFields scope={associate} />}
      </RecordList>
    </Stack>
  );
}
