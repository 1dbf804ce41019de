import { Button, type ButtonProps } from '@mantine/core';
import type { MouseEventHandler } from 'react';

interface SmallButtonProps extends ButtonProps {
  onClick?: MouseEventHandler<HTMLButtonElement>;
  'aria-label'?: string;
  /** Red text for actions that remove or delete. */
  danger?: boolean;
}

/**
 * The compact outlined button of row and section actions. Mantine's subtle buttons lose contrast on hover,
 * so actions keep the default variant, with dark red text when they remove something.
 */
export function SmallButton({ danger = false, ...props }: SmallButtonProps) {
  return <Button variant="default" size="xs" c={danger ? 'red.9' : undefined} {...props} />;
}
