import { Alert } from '@mantine/core';
import { errorMessage } from '../api/client';

interface ErrorAlertProps {
  /** A message, or a failed call; nothing is shown for null. */
  error: unknown;
  title?: string;
}

/** The one way a form-level or page-level error is shown; field errors go under their input instead. */
export function ErrorAlert({ error, title }: ErrorAlertProps) {
  if (error === null || error === undefined) return null;
  return (
    <Alert color="red" variant="light" title={title}>
      {typeof error === 'string' ? error : errorMessage(error)}
    </Alert>
  );
}
