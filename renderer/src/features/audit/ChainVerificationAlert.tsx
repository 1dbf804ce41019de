import { Alert, Text } from '@mantine/core';
import type { ChannelOutput } from '../../../../electron/api/contract';
import { formatLocalTime } from '../../components/formatTime';

function CheckpointNote({ checkpoint }: { checkpoint: ChannelOutput<'audit.verify'>['checkpoint'] }) {
  if (!checkpoint) return <Text size="sm">No checkpoint has been written outside the database yet; one is written at every sign-out.</Text>;
  return (
    <Text size="sm">
      Compared with the checkpoint of {formatLocalTime(checkpoint.at, { seconds: true })} in {checkpoint.folder}: {checkpoint.rows} rows, last hash{' '}
      <Text span ff="monospace">
        {checkpoint.head}
      </Text>
      .
    </Text>
  );
}

export function ChainVerificationAlert({ result }: { result: ChannelOutput<'audit.verify'> }) {
  if (result.ok) {
    return (
      <Alert color="green" variant="light">
        <Text size="sm">{result.message}</Text>
        <CheckpointNote checkpoint={result.checkpoint} />
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" title="The audit log has been altered">
      <Text size="sm">{result.message}</Text>
      {result.problem && (
        <Text size="sm" mt={4}>
          Problem: {result.problem}
          {result.atId !== undefined && `, first at row ${result.atId}`}
        </Text>
      )}
      <CheckpointNote checkpoint={result.checkpoint} />
    </Alert>
  );
}
