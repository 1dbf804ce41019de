import { Input, MultiSelect, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import type { CaseloadInput } from '../../../../electron/api/clients/clientsSchemas';
import { LEVEL_LABELS, optionsOf, STATUS_LABELS } from '../clients/clientLabels';
import type { OfficerOption } from '../clients/officerOptions';
import { SCOPE_LABELS } from './caseloadScope';

const STATUS_OPTIONS = optionsOf(STATUS_LABELS);
const LEVEL_OPTIONS = optionsOf(LEVEL_LABELS);
const SCOPE_OPTIONS = optionsOf(SCOPE_LABELS);
const SEARCH_DELAY_MS = 300;

interface CaseloadFiltersProps {
  input: CaseloadInput;
  onChange: (change: Partial<CaseloadInput>) => void;
  /** Supervisors and administrators choose whose clients to see and filter by officer. */
  officers: OfficerOption[] | null;
}

export function CaseloadFilters({ input, onChange, officers }: CaseloadFiltersProps) {
  // The box shows every keystroke; the query follows once typing pauses, so 5,000 clients are not searched per letter.
  const [search, setSearch] = useState(input.search);
  const [sent, setSent] = useState(input.search);
  const searchLater = useDebouncedCallback((value: string) => {
    setSent(value.trim());
    onChange({ search: value });
  }, SEARCH_DELAY_MS);
  // A search changed from elsewhere (the Caseload link, the back button) replaces what the box shows.
  if (input.search !== sent) {
    setSent(input.search);
    setSearch(input.search);
  }

  return (
    <Stack gap="sm">
      {officers && (
        <Input.Wrapper label="Show" labelElement="div" id="caseload-scope">
          <div>
            <SegmentedControl aria-labelledby="caseload-scope-label" data={SCOPE_OPTIONS} value={input.scope} onChange={(scope) => onChange({ scope })} />
          </div>
        </Input.Wrapper>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: officers ? 4 : 3 }}>
        <TextInput
          label="Search"
          description="Name, case number or identifier"
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            searchLater(event.currentTarget.value);
          }}
        />
        <MultiSelect
          label="Status"
          description={input.statuses.length ? 'Only these statuses' : 'All but closed; a search also finds closed cases'}
          placeholder="All but closed"
          data={STATUS_OPTIONS}
          value={input.statuses}
          onChange={(statuses) => onChange({ statuses })}
          clearable
        />
        <MultiSelect
          label="Supervision level"
          description="Any level when empty"
          placeholder="All levels"
          data={LEVEL_OPTIONS}
          value={input.levels}
          onChange={(levels) => onChange({ levels })}
          clearable
        />
        {officers && (
          <Select
            label="Officer"
            description="Any officer when empty"
            placeholder="All officers"
            data={officers}
            value={input.officerId === null ? null : String(input.officerId)}
            onChange={(officerId) => onChange({ officerId: officerId === null ? null : Number(officerId) })}
            searchable
            clearable
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}
