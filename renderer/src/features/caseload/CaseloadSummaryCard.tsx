import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCaseload } from '../../api/clients';
import { useActiveSession } from '../../app/ActiveSession';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TitledSection } from '../../components/TitledSection';
import { defaultScope, SCOPE_PLACES } from './caseloadScope';

/** The home page's count of active clients in the caseload the signed-in user starts from. */
export function CaseloadSummaryCard() {
  const { user } = useActiveSession();
  const scope = defaultScope(user.role);
  const caseload = useCaseload({ scope, statuses: ['active'], pageSize: 10 });
  const total = caseload.data?.total;
  return (
    <TitledSection title="Your caseload">
      <ErrorAlert error={caseload.error} />
      {total !== undefined && (
        <Text mb="xs">
          <Text span fw={700} size="xl">
            {total.toLocaleString()}
          </Text>{' '}
          active {total === 1 ? 'client' : 'clients'} {SCOPE_PLACES[scope]}.
        </Text>
      )}
      <Anchor component={Link} to={paths.caseload}>
        Open the caseload
      </Anchor>
    </TitledSection>
  );
}
