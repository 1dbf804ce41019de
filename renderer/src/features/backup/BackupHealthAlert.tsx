import { Alert, Button, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useActiveSession } from '../../app/ActiveSession';
import { paths } from '../../app/paths';
import { useBackupHealth } from '../../api/backup';

/**
 * Home's warning when the last verified backup is older than the office's limit, or there is none. Everyone
 * sees it, since anyone may be the one to tell an administrator; only administrators can act on it here.
 */
export function BackupHealthAlert() {
  const { user } = useActiveSession();
  const health = useBackupHealth().data;
  if (!health?.overdue) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      // Mantine tints the title (and a link would be tinted too) past 4.5:1 on the orange background: both keep the text colour.
      title={
        <Text fw={700} c="var(--mantine-color-text)">
          The office's backups are overdue
        </Text>
      }
    >
      <Text>{health.message}</Text>
      {user.role === 'admin' ? (
        <Button component={Link} to={paths.backups} variant="default" size="xs" mt="xs">
          Open Backups
        </Button>
      ) : (
        <Text>Tell an administrator, so that records are not lost if this computer fails.</Text>
      )}
    </Alert>
  );
}
