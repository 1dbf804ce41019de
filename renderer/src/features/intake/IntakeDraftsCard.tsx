import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ChannelOutput } from '../../../../electron/api/contract';
import { useDeleteIntakeDraft, useIntakeDrafts } from '../../api/intakeDrafts';
import { paths } from '../../app/paths';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatLocalTime } from '../../components/formatTime';
import { TitledSection } from '../../components/TitledSection';
import { SmallButton } from '../../components/SmallButton';

type DraftSummary = ChannelOutput<'intakeDrafts.list'>[number];

/** The signed-in officer's unfinished intakes, newest first, to resume or throw away. */
export function IntakeDraftsCard() {
  const drafts = useIntakeDrafts();
  const remove = useDeleteIntakeDraft();
  const [deleting, setDeleting] = useState<DraftSummary | null>(null);

  const close = () => {
    setDeleting(null);
    remove.reset();
  };

  return (
    <TitledSection title="Intake drafts">
      <ErrorAlert error={drafts.error} />
      {drafts.data?.length === 0 && (
        <Text>
          No unfinished intakes.{' '}
          <Anchor component={Link} to={paths.intake}>
            Start a new intake
          </Anchor>
          .
        </Text>
      )}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {drafts.data?.map((draft) => (
          <Group key={draft.id} component="li" justify="space-between" wrap="nowrap">
            <div>
              <Text fw={600}>{draft.label}</Text>
              <Text size="sm" c="dimmed">
                Saved {formatLocalTime(draft.updatedAt)}
              </Text>
            </div>
            <Group gap="xs" wrap="nowrap">
              <Button component={Link} to={paths.intakeDraft(draft.id)} size="xs" aria-label={`Resume ${draft.label}`}>
                Resume
              </Button>
              <SmallButton danger aria-label={`Delete draft ${draft.label}`} onClick={() => setDeleting(draft)}>
                Delete
              </SmallButton>
            </Group>
          </Group>
        ))}
      </Stack>
      <ConfirmModal
        opened={deleting !== null}
        title="Delete this draft?"
        confirmLabel="Delete draft"
        confirmColor="red"
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: close })}
        onClose={close}
      >
        <Text>The unfinished intake &ldquo;{deleting?.label}&rdquo; will be deleted. This cannot be undone.</Text>
      </ConfirmModal>
    </TitledSection>
  );
}
