import type { GetInputPropsReturnType } from '@mantine/form';

/**
 * Schemas hold "not known" as null, inputs as an empty string. These adapt a field's props so the form keeps
 * the schema's null and the input shows it as empty.
 */

/** Mantine types a field's onChange as any; it takes the field's new value. */
const change = (props: GetInputPropsReturnType, value: unknown) => (props.onChange as (value: unknown) => void)(value);

/** For <TextInput type="date">, whose value is YYYY-MM-DD or empty. */
export const optionalDateProps = (props: GetInputPropsReturnType) => ({
  ...props,
  value: (props.value as string | null) ?? '',
  onChange: (event: { currentTarget: { value: string } }) => change(props, event.currentTarget.value || null),
});

/** For <NumberInput>, which reports an empty box as ''. */
export const optionalNumberProps = (props: GetInputPropsReturnType) => ({
  ...props,
  value: (props.value as number | null) ?? '',
  onChange: (value: number | string) => change(props, value === '' ? null : Number(value)),
});

/** For a <Select> choosing a record by its numeric id (options carry the id as a string). */
export const idSelectProps = (props: GetInputPropsReturnType) => ({
  ...props,
  value: props.value === null || props.value === undefined ? null : String(props.value),
  onChange: (value: string | null) => change(props, value === null ? null : Number(value)),
});

/** For a <MultiSelect> choosing records by their numeric ids. */
export const idListProps = (props: GetInputPropsReturnType) => ({
  ...props,
  value: (props.value as number[]).map(String),
  onChange: (values: string[]) => change(props, values.map(Number)),
});
