import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { today } from '../../../../electron/api/shared/fieldSchemas';
import { useSettings } from '../../api/settings';
import type { FormScope } from '../../components/formScope';
import { optionsOf } from '../clients/clientLabels';
import type { ResponseForm } from './violationForm';
import { RESPONSE_TYPE_LABELS } from './violationLabels';

const RESPONSE_OPTIONS = optionsOf(RESPONSE_TYPE_LABELS);

interface ResponseFieldsProps {
  scope: FormScope<ResponseForm>;
  /** When the response is optional (recorded with the violation), it can be left empty. */
  optional?: boolean;
}

/** What the officer did about a violation; a graduated sanction is one of the office's list. */
export function ResponseFields({ scope, optional = false }: ResponseFieldsProps) {
  const sanctions = useSettings().data?.enforcement.sanctions ?? [];
  const response = scope.value;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Response"
          data={RESPONSE_OPTIONS}
          placeholder={optional ? 'No response yet' : 'Choose…'}
          clearable={optional}
          allowDeselect={optional}
          {...scope.props('responseType')}
        />
        {response.responseType === 'graduated_sanction' && <Select label="Sanction" data={sanctions} placeholder="Choose…" allowDeselect={false} {...scope.props('sanction')} />}
      </SimpleGrid>
      {response.responseType && (
        <>
          <TextInput label="Date of the response" type="date" max={today()} maw={240} {...scope.props('responseDate')} />
          <Textarea label="Details" description="Optional: what was said or ordered, deadlines." autosize minRows={2} spellCheck {...scope.props('details')} />
        </>
      )}
    </Stack>
  );
}
