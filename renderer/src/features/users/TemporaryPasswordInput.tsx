import { Button, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { monospaceInput } from '../../components/monospaceInput';
import { generatePassword } from './generatePassword';

interface TemporaryPasswordInputProps {
  inputProps: GetInputPropsReturnType;
  onGenerate: (password: string) => void;
}

/** Shown in clear on purpose: the administrator hands it to the user, who must replace it at first sign-in. */
export function TemporaryPasswordInput({ inputProps, onGenerate }: TemporaryPasswordInputProps) {
  return (
    <TextInput
      label="Temporary password"
      description="Give it to the user in person. They must choose their own password when they first sign in."

      autoComplete="off"
      spellCheck={false}
      styles={monospaceInput}
      rightSectionWidth={104}
      rightSectionPointerEvents="all"
      rightSection={
        <Button size="compact-sm" variant="default" onClick={() => onGenerate(generatePassword())}>
          Generate
        </Button>
      }
      {...inputProps}
    />
  );
}
