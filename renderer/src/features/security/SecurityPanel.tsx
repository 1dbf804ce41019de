import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useRotateKey, useSecurityStatus } from '../../api/security';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatLocalTime } from '../../components/formatTime';

/** Key rotation, damaged key slots and the audit checkpoint an administrator prints or notes. */
export function SecurityPanel() {
  const status = useSecurityStatus();
  const rotate = useRotateKey();
  const data = status.data;
  return (
    <Card withBorder mt="lg" component="section" aria-labelledby="security-title">
      <Title order={2} size="h4" id="security-title">
        Database key and audit checkpoint
      </Title>
      <ErrorAlert error={status.error ?? rotate.error} />
      {data && (
        <Stack gap="sm" mt="sm">
          {data.damagedSlots.length > 0 && (
            <Alert color="red" variant="light" title="Damaged key slots in vault.json">
              <List size="sm">
                {data.damagedSlots.map((slot, index) => (
                  <List.Item key={index}>
                    {slot.owner}: {slot.problem}. Reset this password (or restore vault.json from a backup); everyone else can still sign in.
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group justify="space-between" align="flex-start">
            <Text size="sm">
              {data.keyRotatedAt ? `Key last rotated ${formatLocalTime(data.keyRotatedAt, { seconds: true })}.` : 'The key has not been rotated since set-up.'} Rotating gives the
              database a new key (done for you whenever an account is deactivated), so a copy of an old key no longer opens it.
            </Text>
            <Button variant="default" loading={rotate.isPending} onClick={() => rotate.mutate()}>
              Rotate the database key
            </Button>
          </Group>
          <Text size="sm">
            Audit checkpoints are written to {data.checkpointFolder} at every sign-out.{' '}
            {data.lastCheckpoint ? (
              <>
                Last: {formatLocalTime(data.lastCheckpoint.at, { seconds: true })}, {data.lastCheckpoint.rows} rows, last hash{' '}
                <Text span ff="monospace">
                  {data.lastCheckpoint.head}
                </Text>
                . Print or note it: anyone holding the key can rewrite the log inside the database, but not this.
              </>
            ) : (
              'None written yet.'
            )}
          </Text>
        </Stack>
      )}
    </Card>
  );
}
