import { Select } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useActiveSession } from '../../app/ActiveSession';
import { useCaseload } from '../../api/clients';
import { idSelectProps } from '../../components/nullableInputs';
import { listName } from '../clients/formatClient';

interface ClientSelectProps {
  inputProps: GetInputPropsReturnType;
  /** The client already chosen (editing), shown even when the first page of the caseload does not hold them. */
  current: { id: number; label: string } | null;
  disabled?: boolean;
}

/** Chooses a client by name or case number from the caseload the user may schedule for (officers: their own). */
export function ClientSelect({ inputProps, current, disabled }: ClientSelectProps) {
  const { user } = useActiveSession();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState(current ? { value: String(current.id), label: current.label } : null);
  const [typed] = useDebouncedValue(search.trim(), 250);
  // Once a client is chosen the box shows their label, which is not something to search for.
  const caseload = useCaseload({ scope: user.role === 'officer' ? 'mine' : 'all', search: typed === chosen?.label ? '' : typed, pageSize: 50 });
  const options = (caseload.data?.rows ?? []).map((row) => ({ value: String(row.id), label: `${listName(row)} (${row.caseNumber})` }));
  if (chosen && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);
  const props = idSelectProps(inputProps);
  return (
    <Select
      label="Client"
      placeholder="Search by name or case number"
      searchable
      clearable
      filter={({ options: all }) => all}
      nothingFoundMessage={caseload.isFetching ? 'Searching…' : 'No client found'}
      data={options}
      searchValue={search}
      onSearchChange={setSearch}
      disabled={disabled}
      {...props}
      onChange={(value: string | null, option) => {
        setChosen(value === null ? null : option);
        props.onChange(value);
      }}
    />
  );
}
