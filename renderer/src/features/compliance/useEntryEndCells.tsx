import { Table } from '@mantine/core';
import { useDirectory } from '../../api/users';
import { userNameOf } from '../clients/officerOptions';
import type { ConditionProgress } from './complianceTypes';
import { conditionNumbers } from './conditionChoices';

/** The columns every compliance entry ends with. */
export const ENTRY_END_COLUMNS = ['Condition', 'Notes', 'Recorded by'];

/** Draws those cells for an entry: the number of the condition it counts towards, its notes, who recorded it. */
export function useEntryEndCells(conditions: ConditionProgress[]) {
  const directory = useDirectory();
  const recordedBy = userNameOf(directory.data);
  const numberOf = conditionNumbers(conditions);
  return (entry: { conditionId: number | null; notes: string; recordedBy: number }) => (
    <>
      <Table.Td>{numberOf(entry.conditionId)}</Table.Td>
      <Table.Td>{entry.notes}</Table.Td>
      <Table.Td>{recordedBy(entry.recordedBy)}</Table.Td>
    </>
  );
}
