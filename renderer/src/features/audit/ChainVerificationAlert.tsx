import { Alert, Text } from '@mantine/core';
import type { ChannelOutput } from '../../../../electron/api/contract';

export function ChainVerificationAlert({ result }: { result: ChannelOutput<'audit.verify'> }) {
  if (result.ok) {
    return (
      <Alert color="green" variant="light">
        {result.message}
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
    </Alert>
  );
}
