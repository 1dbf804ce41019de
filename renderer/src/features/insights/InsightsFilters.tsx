import { Group, Select, TextInput } from '@mantine/core';
import type { InsightsFilter } from '../../../../electron/api/insights/insightsSchemas';
import { useActiveSession } from '../../app/ActiveSession';
import type { OfficerRef } from '../../../../electron/api/insights/insightsWire';
import { INSIGHTS_SCOPE_LABELS, type InsightsScope } from './useInsightsFilter';

interface InsightsFiltersProps {
  filter: InsightsFilter;
  officers: OfficerRef[];
  onChange: (change: Partial<InsightsFilter>) => void;
  /** The date fields; the opportunities page weighs today's record and has none. */
  withDates?: boolean;
}

/** Whose figures (officers: their own only) and over which dates. */
export function InsightsFilters({ filter, officers, onChange, withDates = true }: InsightsFiltersProps) {
  const { user } = useActiveSession();
  const scopes: InsightsScope[] = user.role === 'officer' ? ['mine'] : user.role === 'supervisor' ? ['team', 'office', 'mine'] : ['office'];
  return (
    <Group align="flex-end" mb="lg">
      {scopes.length > 1 && (
        <Select
          label="Whose figures"
          allowDeselect={false}
          data={scopes.map((value) => ({ value, label: INSIGHTS_SCOPE_LABELS[value] }))}
          value={filter.scope}
          onChange={(value) => value && onChange({ scope: value, officerId: null })}
        />
      )}
      {user.role !== 'officer' && (
        <Select
          label="Officer"
          placeholder="Every officer"
          clearable
          data={officers.map((o) => ({ value: String(o.id), label: o.fullName }))}
          value={filter.officerId === null ? null : String(filter.officerId)}
          onChange={(value) => onChange({ officerId: value ? Number(value) : null })}
        />
      )}
      {withDates && (
        <>
          <TextInput type="date" label="From" value={filter.from} onChange={(e) => e.currentTarget.value && onChange({ from: e.currentTarget.value })} />
          <TextInput type="date" label="To" value={filter.to} onChange={(e) => e.currentTarget.value && onChange({ to: e.currentTarget.value })} />
        </>
      )}
    </Group>
  );
}
