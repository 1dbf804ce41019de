import { schemaResolver, useForm, type FormErrors } from '@mantine/form';
import type { z } from 'zod';
import { blankToMissing } from './blankToMissing';
import { useServerErrors } from './useServerErrors';

interface SchemaFormOptions<S extends z.ZodType, V extends Record<string, unknown>> {
  schema: S;
  initialValues: V;
  /** How the form's values become the schema's input, when they differ (a level left to the screening, say). */
  toInput?: (values: V) => unknown;
  /** Checks the host makes beyond the schema, with its messages, keyed by form path. */
  check?: (values: V) => FormErrors;
  /** Called with the input as the schema parses it (trimmed, defaults filled); report a refusal with showError. */
  onValid: (input: z.output<S>, showError: (error: unknown) => void) => void;
}

/**
 * A form checked in the browser by the schema the host checks its input with, so the officer sees the same
 * messages before sending; the host's own refusals land under the field they name.
 */
export function useSchemaForm<S extends z.ZodType, V extends Record<string, unknown>>({
  schema,
  initialValues,
  toInput = (values) => values,
  check,
  onValid,
}: SchemaFormOptions<S, V>) {
  const resolve = schemaResolver(schema, { sync: true });
  const prepare = (values: V) => blankToMissing(toInput(values));
  const form = useForm<V>({ initialValues, validate: (values) => ({ ...check?.(values), ...resolve(prepare(values)) }) });
  const serverErrors = useServerErrors(form);
  const submit = form.onSubmit((values) => {
    serverErrors.clear();
    onValid(schema.parse(prepare(values)), serverErrors.show);
  });
  return { form, submit, formError: serverErrors.message };
}
