import type { LooseKeys, UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { ApiCallError, errorMessage } from '../api/client';

/**
 * Shows a failed call where the officer will look for it: under the input the host named (error.field, a
 * dotted path such as "admin.password") when that input is on screen, otherwise as a form-level message
 * (for fields without an input, such as a user id).
 */
export function useServerErrors<Values>(form: UseFormReturnType<Values, unknown>) {
  const [message, setMessage] = useState<string | null>(null);

  function show(error: unknown) {
    if (error instanceof ApiCallError && error.field) {
      const field = error.field as LooseKeys<Values>;
      if (form.getInputNode(field)) {
        form.setFieldError(field, error.message);
        return;
      }
    }
    setMessage(errorMessage(error));
  }

  return { message, show, clear: () => setMessage(null) };
}
