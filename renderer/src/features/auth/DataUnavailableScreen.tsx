import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { AuthScreen } from './AuthScreen';

interface DataUnavailableScreenProps {
  /** The host's explanation, for the IT administrator. */
  problem: string;
  onRetry: () => void;
}

export function DataUnavailableScreen({ problem, onRetry }: DataUnavailableScreenProps) {
  return (
    <AuthScreen title="The office data cannot be opened" width={600}>
      <Stack>
        <Text>Probation Desk cannot open this office's data, so no one can sign in. Nothing has been changed.</Text>
        <Text>Show this message to your IT administrator:</Text>
        {/* Wrapped rather than scrolled, so the whole message is readable without a keyboard-inaccessible scroll area. */}
        <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {problem}
        </Code>
        <Group justify="flex-end">
          <Button onClick={onRetry}>Try again</Button>
        </Group>
      </Stack>
    </AuthScreen>
  );
}
