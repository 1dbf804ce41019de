import { z } from 'zod';
import { backupSettingsSchema, backupStatusSchema, defaultBackupSettings, defaultBackupStatus } from '../backup/backupSchemas';
import { contactStandardsSchema, defaultContactStandards } from '../contactStandards/contactStandardsSchemas';
import { defaultOpportunitySettings, opportunitySettingsSchema } from '../insights/insightsSchemas';
import { phoneSchema, requiredText } from '../shared/fieldSchemas';
import { CURRENCIES, DEFAULT_CURRENCY } from '../format/money';
import { DEFAULT_MEASUREMENT_SYSTEM, MEASUREMENT_SYSTEMS } from '../format/measurements';
import { defaultIntakeSettings, defaultRiskInstrument } from './intakeDefaults';
import { intakeSettingsSchema, riskInstrumentSchema } from './intakeSettingsSchemas';

/** The paper Word documents are laid out on: US Letter, or A4 where the court files on it. */
export const PAPER_SIZES = ['letter', 'a4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const officeSettingsSchema = z.object({
  name: requiredText('the office name', 200),
  address: requiredText('the address', 500, 'Enter the office address; it is printed on the letterhead.'),
  phone: phoneSchema(),
  /** ISO 4217 code of the currency fees, fines and restitution are kept in. */
  currency: z.enum(CURRENCIES, { error: `Choose the currency from the list: ${CURRENCIES.join(', ')}.` }).default(DEFAULT_CURRENCY),
  paperSize: z.enum(PAPER_SIZES, { error: 'Choose US Letter or A4.' }).default('letter'),
  /** Height and weight in feet, inches and pounds, or in centimeters and kilograms. */
  measurementSystem: z.enum(MEASUREMENT_SYSTEMS, { error: 'Choose US or metric units.' }).default(DEFAULT_MEASUREMENT_SYSTEM),
});

export const IDLE_LOCK_DEFAULT_MINUTES = 15;
export const IDLE_LOCK_MAX_MINUTES = 30;

export const securitySettingsSchema = z.object({
  idleLockMinutes: z
    .number({ error: 'Enter the idle lock time in minutes.' })
    .int('Enter a whole number of minutes.')
    .min(1, 'The idle lock time must be at least 1 minute.')
    .max(IDLE_LOCK_MAX_MINUTES, `The idle lock time can be at most ${IDLE_LOCK_MAX_MINUTES} minutes (CJIS session lock).`),
  /**
   * Where audit checkpoints go, outside the data folder (a backup drive, say); empty means the folder beside
   * the data folder named "<data folder>-audit-checkpoints". An absolute POSIX, drive or UNC path, checked
   * without node:path because the renderer's forms share these schemas.
   */
  auditCheckpointFolder: z
    .string()
    .trim()
    .max(1000, 'Keep the checkpoint folder path under 1,000 characters.')
    .refine((p) => p === '' || /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), 'Enter the full path of the checkpoint folder, or leave it empty for the default.')
    .optional(),
});

/** A list of names an office chooses from; compared without regard to case, so "Curfew" and "curfew" are one. */
const nameList = (what: string, max: number) =>
  z
    .array(requiredText(`the ${what}`, 100))
    .min(1, `Give at least one ${what}.`)
    .max(max, `Keep the list to at most ${max} entries.`)
    .superRefine((names, ctx) => {
      const seen = new Set<string>();
      names.forEach((name, index) => {
        if (seen.has(name.toLowerCase())) ctx.addIssue({ code: 'custom', path: [index], message: `"${name}" is already in the list.` });
        seen.add(name.toLowerCase());
      });
    });

/** Violations' severities and the graduated sanctions an officer can apply, as the office's policy names them. */
export const enforcementSettingsSchema = z.object({
  severities: nameList('severity', 10),
  sanctions: nameList('graduated sanction', 50),
});

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** Scheduling: the office's time zone, in which appointments are entered, shown and exported. */
export const scheduleSettingsSchema = z.object({
  timeZone: requiredText('the time zone', 100).refine(isTimeZone, 'Enter a time zone from the IANA database, e.g. America/Chicago.'),
});

/** Until an administrator chooses, the office works in this computer's time zone, as case notes' local times do. */
const systemTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** One schema per settings key; later capabilities add their keys here. */
export const settingsSchemas = {
  office: officeSettingsSchema,
  security: securitySettingsSchema,
  intake: intakeSettingsSchema,
  riskInstrument: riskInstrumentSchema,
  enforcement: enforcementSettingsSchema,
  schedule: scheduleSettingsSchema,
  contactStandards: contactStandardsSchema,
  backup: backupSettingsSchema,
  backupStatus: backupStatusSchema,
  opportunities: opportunitySettingsSchema,
} as const;

export type SettingsKey = keyof typeof settingsSchemas;
export type SettingsValues = { [K in SettingsKey]: z.infer<(typeof settingsSchemas)[K]> };

export const settingsDefaults: SettingsValues = {
  office: { name: '', address: '', phone: '', currency: DEFAULT_CURRENCY, paperSize: 'letter', measurementSystem: DEFAULT_MEASUREMENT_SYSTEM },
  security: { idleLockMinutes: IDLE_LOCK_DEFAULT_MINUTES },
  intake: defaultIntakeSettings,
  riskInstrument: defaultRiskInstrument,
  enforcement: {
    severities: ['minor', 'moderate', 'major'],
    sanctions: ['increased reporting', 'curfew', 'community service hours', 'electronic monitoring', 'short jail stay'],
  },
  schedule: { timeZone: systemTimeZone() },
  contactStandards: defaultContactStandards,
  backup: defaultBackupSettings,
  backupStatus: defaultBackupStatus,
  opportunities: defaultOpportunitySettings,
};
