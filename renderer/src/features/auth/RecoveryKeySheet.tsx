import { Alert, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import classes from './RecoveryKeySheet.module.css';

interface RecoveryKeySheetProps {
  recoveryKey: string;
  officeName: string;
  onContinue: () => void;
}

/** Shows the office recovery key once, for printing; the officer confirms it is stored before going on. */
export function RecoveryKeySheet({ recoveryKey, officeName, onContinue }: RecoveryKeySheetProps) {
  const [stored, setStored] = useState(false);
  return (
    <Stack>
      <Title order={2} size="h3">
        Recovery key
      </Title>
      <Paper withBorder p="lg" className={classes.sheet}>
        <Stack gap="sm">
          <Text fw={700}>{officeName}: Probation Desk recovery key</Text>
          <Text>If every administrator forgets their password, this key lets you set a new password for an account and open the office data again.</Text>
          <Text data-testid="recovery-key" ff="monospace" fz={28} fw={700} className={classes.key}>
            {recoveryKey}
          </Text>
          <Text size="sm">Keep it locked away like a master key: anyone who has it and the workstation can open the data.</Text>
        </Stack>
      </Paper>
      <Alert color="orange" variant="light">
        This is the only time the key is shown. Print it, or write it down, and store it somewhere safe.
      </Alert>
      <Group>
        <Button variant="default" onClick={() => window.print()}>
          Print
        </Button>
      </Group>
      <Checkbox label="I have printed or saved the recovery key in a safe place" checked={stored} onChange={(event) => setStored(event.currentTarget.checked)} />
      <Group justify="flex-end">
        <Button disabled={!stored} onClick={onContinue}>
          Continue
        </Button>
      </Group>
    </Stack>
  );
}
