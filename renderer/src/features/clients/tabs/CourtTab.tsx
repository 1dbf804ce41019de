import { Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useCurrency } from '../../../api/settings';
import { useState } from 'react';
import { conditionSchema, courtCaseSchema, offenceSchema } from '../../../../../electron/api/clients/clientsSchemas';
import { useSetConditionStatus } from '../../../api/compliance';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { RecordTable } from '../../../components/RecordTable';
import { FactList } from '../../../components/FactList';
import type { FormScope } from '../../../components/formScope';
import { LineList } from '../../../components/LineList';
import { idSelectProps } from '../../../components/nullableInputs';
import { courtCaseFacts, offenceLine } from '../clientFacts';
import { blankCourtCase, blankSpecialCondition, fieldsOf, type ConditionFieldsForm, type CourtCaseForm } from '../clientForms';
import { CONDITION_KIND_LABELS, CONDITION_STATUS_LABELS, CONDITION_TYPE_LABELS, optionsOf } from '../clientLabels';
import { RecordModal } from '../dialogs/RecordModal';
import { ConditionStatusMenu } from '../ConditionStatusMenu';
import { ConditionFields } from '../fields/ConditionFields';
import { CourtCaseFields } from '../fields/CourtCaseFields';
import { formatTarget } from '../formatClient';
import type { ClientProfile, ConditionRow, CourtCaseRow } from '../profileTypes';
import { TitledSection } from '../../../components/TitledSection';
import { SmallButton } from '../../../components/SmallButton';

type CourtDialog = { kind: 'case'; courtCase: CourtCaseRow | null } | { kind: 'condition'; condition: ConditionRow | null };
type ConditionForm = ConditionFieldsForm & { courtCaseId: number | null };

const KIND_OPTIONS = optionsOf(CONDITION_KIND_LABELS);

const courtCaseForm = (row: CourtCaseRow): CourtCaseForm => ({ ...fieldsOf(courtCaseSchema, row), offences: row.offences.map((offence) => fieldsOf(offenceSchema, offence)) });

function ConditionBody({ condition, courtCases }: { condition: FormScope<ConditionForm>; courtCases: CourtCaseRow[] }) {
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="Kind of condition" data={KIND_OPTIONS} allowDeselect={false} {...condition.props('kind')} />
        <Select
          label="Court case"
          description="The order that imposed it; empty if none"
          data={courtCases.map((c) => ({ value: String(c.id), label: c.docketNumber }))}
          clearable
          {...idSelectProps(condition.props('courtCaseId'))}
        />
      </SimpleGrid>
      <ConditionFields scope={condition} />
    </Stack>
  );
}

export function CourtTab({ profile }: { profile: ClientProfile }) {
  const { client, courtCases, conditions } = profile;
  const currency = useCurrency();
  const [dialog, setDialog] = useState<CourtDialog | null>(null);
  const setStatus = useSetConditionStatus();
  const close = () => setDialog(null);
  const docketOf = (id: number | null) => courtCases.find((c) => c.id === id)?.docketNumber ?? '';

  return (
    <Stack>
      <TitledSection title="Court cases" actions={<SmallButton onClick={() => setDialog({ kind: 'case', courtCase: null })}>Add court case</SmallButton>}>
        <Stack>
          {courtCases.length === 0 && <Text c="dimmed">No court cases recorded.</Text>}
          {courtCases.map((courtCase) => (
            <Paper key={courtCase.id} withBorder p="md">
              <Group justify="space-between" mb="xs">
                <Title order={3} size="h5">
                  Docket {courtCase.docketNumber}
                </Title>
                <SmallButton aria-label={`Edit court case ${courtCase.docketNumber}`} onClick={() => setDialog({ kind: 'case', courtCase })}>
                  Edit
                </SmallButton>
              </Group>
              <FactList facts={courtCaseFacts(courtCase)} />
              <Text fw={600} mt="sm">
                Offenses
              </Text>
              <LineList lines={courtCase.offences.map(offenceLine)} none="No offenses." />
            </Paper>
          ))}
        </Stack>
      </TitledSection>
      <TitledSection title="Conditions" actions={<SmallButton onClick={() => setDialog({ kind: 'condition', condition: null })}>Add condition</SmallButton>}>
        <ErrorAlert error={setStatus.error} title="The condition's status was not changed" />
        <RecordTable
          label="Conditions"
          columns={['#', 'Kind', 'Type', 'Condition', 'Court case', 'Target', 'Status', 'Actions']}
          rows={conditions}
          emptyText="No conditions recorded."
          minWidth={860}
        >
          {(condition, index) => (
            <Table.Tr key={condition.id}>
              <Table.Td>{index + 1}</Table.Td>
              <Table.Td>{CONDITION_KIND_LABELS[condition.kind]}</Table.Td>
              <Table.Td>{CONDITION_TYPE_LABELS[condition.type]}</Table.Td>
              <Table.Td>{condition.text}</Table.Td>
              <Table.Td>{docketOf(condition.courtCaseId)}</Table.Td>
              <Table.Td>{formatTarget(condition.targetAmount, condition.targetUnit, currency)}</Table.Td>
              <Table.Td>{CONDITION_STATUS_LABELS[condition.status]}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <SmallButton aria-label={`Edit condition ${index + 1}`} onClick={() => setDialog({ kind: 'condition', condition })}>
                    Edit
                  </SmallButton>
                  <ConditionStatusMenu condition={condition} label={`Set status of condition ${index + 1}`} mutation={setStatus} />
                </Group>
              </Table.Td>
            </Table.Tr>
          )}
        </RecordTable>
      </TitledSection>

      {dialog?.kind === 'case' && (
        <RecordModal
          noun="court case"
          field="courtCase"
          channels={{ add: 'clients.addCourtCase', update: 'clients.updateCourtCase' }}
          clientId={client.id}
          blank={blankCourtCase}
          existing={dialog.courtCase && { idField: 'courtCaseId', id: dialog.courtCase.id, values: courtCaseForm(dialog.courtCase) }}
          onClose={close}
        >
          {(scope) => <CourtCaseFields scope={scope} />}
        </RecordModal>
      )}
      {dialog?.kind === 'condition' && (
        <RecordModal
          noun="condition"
          field="condition"
          channels={{ add: 'clients.addCondition', update: 'clients.updateCondition' }}
          clientId={client.id}
          blank={(): ConditionForm => ({ ...blankSpecialCondition(), courtCaseId: courtCases[0]?.id ?? null })}
          existing={dialog.condition && { idField: 'conditionId', id: dialog.condition.id, values: fieldsOf(conditionSchema, dialog.condition) }}
          size="lg"
          onClose={close}
        >
          {(scope) => <ConditionBody condition={scope} courtCases={courtCases} />}
        </RecordModal>
      )}
    </Stack>
  );
}
