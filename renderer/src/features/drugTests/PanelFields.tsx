import { Select, Stack, Table, Text, TextInput } from '@mantine/core';
import type { FormScope } from '../../components/formScope';
import { SmallButton } from '../../components/SmallButton';
import { optionsOf } from '../clients/clientLabels';
import { blankPanelRow, type PanelRowForm } from './drugTestForm';
import { PANEL_RESULT_LABELS } from './drugTestLabels';

const RESULT_OPTIONS = optionsOf(PANEL_RESULT_LABELS);

/** The substances tested for, each with its result; one positive makes the whole test positive. */
export function PanelFields({ scope }: { scope: FormScope<PanelRowForm[]> }) {
  return (
    <Stack gap="xs">
      <Table aria-label="Panel" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Substance</Table.Th>
            <Table.Th>Result</Table.Th>
            <Table.Th>Remove</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scope.value.map((row, index) => {
            const name = row.substance || `substance ${index + 1}`;
            const item = scope.item(index);
            return (
              <Table.Tr key={index}>
                <Table.Td>
                  <TextInput aria-label={`Substance ${index + 1}`} {...item.props('substance')} />
                </Table.Td>
                <Table.Td>
                  <Select aria-label={`Result: ${name}`} data={RESULT_OPTIONS} allowDeselect={false} {...item.props('result')} />
                </Table.Td>
                <Table.Td>
                  <SmallButton danger aria-label={`Remove ${name}`} onClick={() => scope.remove(index)}>
                    Remove
                  </SmallButton>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {scope.error() && (
        <Text c="var(--mantine-color-error)" size="sm">
          {scope.error()}
        </Text>
      )}
      <div>
        <SmallButton onClick={() => scope.append(blankPanelRow())}>Add substance</SmallButton>
      </div>
    </Stack>
  );
}
