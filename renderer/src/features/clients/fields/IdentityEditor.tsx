import { Fieldset, Stack } from '@mantine/core';
import type { FormScope } from '../../../components/formScope';
import type { AliasForm, IdentifierForm, IdentityForm } from '../clientForms';
import { AliasRows } from './AliasRows';
import { IdentifierRows } from './IdentifierRows';
import { IdentityFields } from './IdentityFields';

type IdentityParts = { identity: IdentityForm; aliases: AliasForm[]; identifiers: IdentifierForm[] };

/** Who the person is, with their other names and identifiers: the intake's first step and the profile's identity edit. */
export function IdentityEditor({ scope }: { scope: FormScope<IdentityParts> }) {
  return (
    <Stack>
      <IdentityFields scope={scope.field('identity')} />
      <Fieldset legend="Other names">
        <AliasRows scope={scope.field('aliases')} />
      </Fieldset>
      <Fieldset legend="Identifiers">
        <IdentifierRows scope={scope.field('identifiers')} />
      </Fieldset>
    </Stack>
  );
}
