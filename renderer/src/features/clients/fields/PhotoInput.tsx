import { Group, Image, Input, Stack, Text } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { useId, useState, type ChangeEvent } from 'react';
import type { ClientPhoto } from '../../../../../electron/api/clients/clientsSchemas';
import { photoUrl } from '../formatClient';
import { resizePhoto } from './resizePhoto';
import { SmallButton } from '../../../components/SmallButton';

interface PhotoInputProps {
  value: ClientPhoto | null;
  onChange: (photo: ClientPhoto | null) => void;
  /** The schema's message about the photo, if any. */
  error?: React.ReactNode;
}

/** The schema's message about a photo at `path`, whichever part of it (the image, its type) it is about. */
export const photoError = (errors: FormErrors, path: string) => errors[path] ?? errors[`${path}.base64`] ?? errors[`${path}.mime`];

const UNREADABLE = 'This file could not be read as an image; pick a JPEG or PNG photo.';

/** A native file input (labelled, keyboard-reachable) that resizes the picked image and previews the result. */
export function PhotoInput({ value, onChange, error }: PhotoInputProps) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setProblem(null);
    setReading(true);
    try {
      onChange(await resizePhoto(file));
    } catch {
      setProblem(UNREADABLE);
    } finally {
      setReading(false);
      // Picking the same file again after removing it must fire a change.
      input.value = '';
    }
  };

  return (
    <Group align="flex-start" gap="lg">
      {value ? (
        <Image src={photoUrl(value)} alt="Photo preview" w={120} h={150} fit="cover" radius="sm" />
      ) : (
        <Text c="dimmed" w={120} size="sm">
          No photo yet
        </Text>
      )}
      <Stack gap="xs">
        <Input.Wrapper
          label="Photo"
          labelElement="label"
          id={id}
          description="A JPEG or PNG of the face; it is reduced to 600 pixels before it is stored."
          error={problem ?? error}
        >
          <input
            id={id}
            type="file"
            accept="image/jpeg,image/png,image/*"
            aria-describedby={`${id}-description${(problem ?? error) ? ` ${id}-error` : ''}`}
            aria-invalid={Boolean(problem ?? error)}
            disabled={reading}
            onChange={(event) => void pick(event)}
          />
        </Input.Wrapper>
        {reading && <Text size="sm">Resizing the photo…</Text>}
        {value && (
          <Group>
            <SmallButton danger onClick={() => onChange(null)}>
              Remove photo
            </SmallButton>
          </Group>
        )}
      </Stack>
    </Group>
  );
}
