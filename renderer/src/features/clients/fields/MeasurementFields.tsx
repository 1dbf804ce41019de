import { Group, NumberInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import {
  cmToMm,
  feetInchesToMm,
  gramsToKg,
  gramsToPounds,
  INCHES_PER_FOOT,
  kgToGrams,
  mmToCm,
  mmToFeetInches,
  poundsToGrams,
  type MeasurementSystem,
} from '../../../../../electron/api/format/measurements';

type Props = GetInputPropsReturnType;
/** Mantine types a field's onChange as any; it takes the field's new value. */
const change = (props: Props, value: number | null) => (props.onChange as (value: number | null) => void)(value);
const numberOrNull = (value: number | string) => (value === '' ? null : Number(value));

/**
 * Height in the office's units, kept in millimeters. In US units it is two boxes, feet and inches; an entry that
 * is not a height (5 ft 14 in) says why on its box and holds the form back (the value becomes NaN, which the
 * schema refuses) rather than saving something else.
 */
export function HeightInput({ system, props }: { system: MeasurementSystem; props: Props }) {
  const stored = props.value as number | null;
  const [parts, setParts] = useState(() => (stored === null ? { feet: '', inches: '' } : mapParts(mmToFeetInches(stored))));
  if (system === 'metric') {
    return (
      <NumberInput
        label="Height (cm)"
        description="Optional"
        allowDecimal={false}
        {...props}
        value={stored === null || Number.isNaN(stored) ? '' : mmToCm(stored)}
        onChange={(value: number | string) => change(props, numberOrNull(value) === null ? null : cmToMm(Number(value)))}
      />
    );
  }
  const inchesError = parts.inches !== '' && (Number(parts.inches) < 0 || Number(parts.inches) >= INCHES_PER_FOOT) ? `Inches go from 0 to ${INCHES_PER_FOOT - 1}.` : null;
  const update = (next: { feet: string; inches: string }) => {
    setParts(next);
    if (next.feet === '' && next.inches === '') return change(props, null);
    const inches = Number(next.inches || 0);
    if (next.feet === '' || inches < 0 || inches >= INCHES_PER_FOOT) return change(props, Number.NaN);
    change(props, feetInchesToMm(Number(next.feet), inches));
  };
  return (
    <Group gap="xs" grow align="flex-start" wrap="nowrap">
      <NumberInput
        label="Height (ft)"
        description="Optional"
        allowDecimal={false}
        allowNegative={false}
        value={parts.feet}
        onChange={(value) => update({ ...parts, feet: String(value) })}
        error={inchesError ? undefined : (props.error as ReactNode)}
        onBlur={props.onBlur as () => void}
        onFocus={props.onFocus as () => void}
      />
      <NumberInput label="(in)" description=" " allowDecimal={false} value={parts.inches} onChange={(value) => update({ ...parts, inches: String(value) })} error={inchesError} />
    </Group>
  );
}

const mapParts = ({ feet, inches }: { feet: number; inches: number }) => ({ feet: String(feet), inches: String(inches) });

/** Weight in the office's units, kept in grams (whole pounds and kilograms both convert there and back unchanged). */
export function WeightInput({ system, props }: { system: MeasurementSystem; props: Props }) {
  const stored = props.value as number | null;
  const [toUnit, fromUnit, unit] = system === 'metric' ? [gramsToKg, kgToGrams, 'kg'] : [gramsToPounds, poundsToGrams, 'lb'];
  return (
    <NumberInput
      label={`Weight (${unit})`}
      description="Optional"
      allowDecimal={false}
      {...props}
      value={stored === null || Number.isNaN(stored) ? '' : toUnit(stored)}
      onChange={(value: number | string) => change(props, numberOrNull(value) === null ? null : fromUnit(Number(value)))}
    />
  );
}
