import { Select, type SelectProps } from '@mantine/core';

const TIME_ZONES = Intl.supportedValuesOf('timeZone');

/** The IANA time zones this browser knows, searchable; a saved zone it does not list is kept as an option. */
export function TimeZoneSelect(props: Omit<SelectProps, 'data'> & { value?: string }) {
  const { value } = props;
  return <Select label="Office time zone" searchable allowDeselect={false} data={!value || TIME_ZONES.includes(value) ? TIME_ZONES : [value, ...TIME_ZONES]} {...props} />;
}
