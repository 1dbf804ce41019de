import { Group, Radio } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { ReactNode } from 'react';

interface YesNoChoiceProps {
  label: string;
  /** The form's props for a boolean field that starts unanswered (null). */
  inputProps: GetInputPropsReturnType;
  /** A third answer stored as null ("not applicable"); without it, null means not answered yet. */
  nullLabel?: string;
}

const answerOf = (value: unknown, withNull: boolean) => (value === true ? 'yes' : value === false ? 'no' : withNull ? 'null' : null);

/** A yes/no question as radio buttons, so an unanswered question is visible rather than a checkbox silently left "no". */
export function YesNoChoice({ label, inputProps, nullLabel }: YesNoChoiceProps) {
  return (
    <Radio.Group
      label={label}
      value={answerOf(inputProps.value, nullLabel !== undefined)}
      onChange={(answer) => (inputProps.onChange as (value: boolean | null) => void)(answer === 'yes' ? true : answer === 'no' ? false : null)}
      error={inputProps.error as ReactNode}
    >
      <Group mt={4} gap="md">
        <Radio value="yes" label="Yes" />
        <Radio value="no" label="No" />
        {nullLabel && <Radio value="null" label={nullLabel} />}
      </Group>
    </Radio.Group>
  );
}
