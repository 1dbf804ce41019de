import { Alert, Button, Stack, Text } from '@mantine/core';
import type { DuplicateMatch } from '../../../../electron/api/clients/clientsWire';
import { listName } from '../clients/formatClient';

/** Shown on the identity step as soon as what is typed matches an existing client: who, and why. */
export function PossibleDuplicateAlert({ matches, onReview }: { matches: DuplicateMatch[]; onReview: () => void }) {
  return (
    // The title in the body's color: Mantine's orange on the light orange ground is below AA contrast.
    <Alert color="orange" variant="light" title="This person may already be a client" role="status" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
      <Stack gap="xs" align="flex-start">
        {matches.map((match) => (
          <Text key={match.id} size="sm">
            {listName(match)}, {match.caseNumber}, {match.assignedOfficerName}: {match.reasons.map((reason) => reason.description).join('; ')}
          </Text>
        ))}
        <Button size="xs" variant="default" onClick={onReview}>
          {matches.length === 1 ? 'Review the match' : `Review the ${matches.length} matches`}
        </Button>
      </Stack>
    </Alert>
  );
}
