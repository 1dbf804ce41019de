import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useOpportunities } from '../../api/insights';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { InsightsFilters } from './InsightsFilters';
import { OpportunityCard } from './OpportunityCard';
import { useInsightsFilter } from './useInsightsFilter';

type Kind = 'earlyDischarge' | 'lowerLevel';

/** Who could come off supervision early, or move to a lower level, by the office's criteria; and who is one criterion away. */
export function OpportunitiesPage() {
  const { filter, update } = useInsightsFilter();
  const [kind, setKind] = useState<Kind>('earlyDischarge');
  const list = useOpportunities({ scope: filter.scope, officerId: filter.officerId, kind });
  const data = list.data;
  return (
    <>
      <PageHeader title="Opportunities" description="Clients who meet the office’s criteria today, each criterion shown with the facts from the record." />
      <InsightsFilters filter={filter} officers={[]} onChange={update} withDates={false} />
      <SegmentedControl
        mb="lg"
        aria-label="Kind of opportunity"
        value={kind}
        onChange={(value) => setKind(value)}
        data={[
          { value: 'earlyDischarge', label: 'Early discharge' },
          { value: 'lowerLevel', label: 'Lower supervision level' },
        ]}
      />
      <ErrorAlert error={list.error} />
      {list.isPending && <PageLoader />}
      {data && !data.enabled && <Text>The office has switched these criteria off (Office settings › Opportunities).</Text>}
      {data && data.enabled && (
        <Stack gap="xl">
          <Text>
            {data.eligible.length} of {data.considered} clients under supervision meet every criterion; {data.nearlyEligible.length} miss one.
          </Text>
          {[
            { title: 'Meet every criterion', items: data.eligible },
            { title: 'One criterion away', items: data.nearlyEligible },
          ].map((group) => (
            <section key={group.title} aria-label={group.title}>
              <Title order={2} size="h4" mb="sm">
                {group.title} ({group.items.length})
              </Title>
              <Stack gap="sm">
                {group.items.map((o) => (
                  <OpportunityCard key={o.client.id} opportunity={o} kind={kind} />
                ))}
              </Stack>
            </section>
          ))}
        </Stack>
      )}
    </>
  );
}
