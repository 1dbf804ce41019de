import { Stack } from '@mantine/core';
import { useState } from 'react';
import { timelineInputSchema } from '../../../../electron/api/timeline/timelineSchemas';
import { useTimeline } from '../../api/timeline';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { TitledSection } from '../../components/TitledSection';
import type { ClientProfile } from '../clients/profileTypes';
import { kindsOf, TimelineFilterBar, type TimelineFilterValues } from './TimelineFilterBar';
import { TimelineList } from './TimelineList';

/** The client's whole record as one chronological list, newest first, filtered by kind and dates. */
export function TimelineTab({ profile }: { profile: ClientProfile }) {
  const [values, setValues] = useState<TimelineFilterValues>({ groups: [], from: '', to: '' });
  const parsed = timelineInputSchema.safeParse({ clientId: profile.client.id, kinds: kindsOf(values.groups), from: values.from || null, to: values.to || null });
  const filters = parsed.success ? { clientId: parsed.data.clientId, kinds: parsed.data.kinds, from: parsed.data.from, to: parsed.data.to } : null;
  const dateErrors = Object.fromEntries((parsed.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
  const timeline = useTimeline(filters ?? { clientId: profile.client.id }, filters !== null);
  const entries = timeline.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <TitledSection title="Timeline">
      <Stack>
        <TimelineFilterBar values={values} onChange={setValues} errors={dateErrors} />
        <ErrorAlert error={timeline.error} />
        {timeline.isPending && filters ? (
          <PageLoader />
        ) : (
          <TimelineList entries={entries} hasMore={timeline.hasNextPage} loadingMore={timeline.isFetchingNextPage} onLoadMore={() => void timeline.fetchNextPage()} />
        )}
      </Stack>
    </TitledSection>
  );
}
