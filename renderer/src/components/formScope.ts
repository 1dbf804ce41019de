import type { GetInputPropsOptions, GetInputPropsReturnType, UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';

type Field<T> = Extract<keyof NonNullable<T>, string>;
type FieldValue<T, K extends Field<T>> = NonNullable<T>[K];
type Item<T> = T extends readonly (infer U)[] ? U : never;

/**
 * One part of a form, with its fields named relative to it. The intake holds an address at `addresses.2`, the
 * profile's address dialog at `address`: the same field components serve both, and error paths stay the
 * schema's own.
 */
export interface FormScope<T> {
  readonly path: string;
  readonly value: T;
  props(field: Field<T>, options?: GetInputPropsOptions): GetInputPropsReturnType;
  /** The message for the field, or for this part as a whole (a list's "add at least one"). */
  error(field?: Field<T>): ReactNode;
  set<K extends Field<T>>(field: K, value: FieldValue<T, K>): void;
  field<K extends Field<T>>(field: K): FormScope<FieldValue<T, K>>;
  item(index: number): FormScope<Item<T>>;
  append(item: Item<T>): void;
  remove(index: number): void;
}

const join = (path: string, field: string | number) => (path ? `${path}.${field}` : String(field));

function valueAt(values: unknown, path: string): unknown {
  if (!path) return values;
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], values);
}

export function formScope<T>(form: UseFormReturnType<unknown>, path = ''): FormScope<T> {
  return {
    path,
    value: valueAt(form.getValues(), path) as T,
    props: (field, options) => form.getInputProps(join(path, field), options),
    error: (field) => form.errors[field === undefined ? path : join(path, field)],
    // The path is built at run time, so Mantine cannot type the value; FieldValue<T, K> already did. (The rule
    // misreads the generic here: without the assertion tsc refuses the call.)
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    set: (field, value) => form.setFieldValue(join(path, field), value as never),
    field: (field) => formScope(form, join(path, field)),
    item: (index) => formScope(form, join(path, index)),
    append: (item) => form.insertListItem(path, item),
    remove: (index) => form.removeListItem(path, index),
  };
}
