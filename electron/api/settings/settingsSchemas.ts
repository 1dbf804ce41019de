import { z } from 'zod';
import { CONDITION_TYPES, TARGET_UNITS } from '../clients/clientsCodes';
import { backupSettingsSchema, backupStatusSchema, defaultBackupSettings, defaultBackupStatus } from '../backup/backupSchemas';
import { contactStandardsSchema, defaultContactStandards } from '../contactStandards/contactStandardsSchemas';
import { defaultOpportunitySettings, opportunitySettingsSchema } from '../insights/insightsSchemas';
import { phoneSchema, requiredText, text } from '../shared/fieldSchemas';
import { CURRENCIES, DEFAULT_CURRENCY } from '../format/money';
import { defaultIntakeSettings, defaultRiskInstrument } from './intakeDefaults';

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

export const standardConditionSchema = z
  .object({
    type: z.enum(CONDITION_TYPES, { error: 'Choose the condition type.' }),
    text: requiredText('the text of the condition', 2000),
    targetAmount: z.number().int('Enter a whole number.').min(0, 'The target cannot be negative.').optional(),
    targetUnit: z.enum(TARGET_UNITS, { error: 'Choose what the target counts.' }).optional(),
  })
  .refine((c) => (c.targetAmount === undefined) === (c.targetUnit === undefined), {
    message: 'Give both the target amount and what it counts, or neither.',
    path: ['targetUnit'],
  });

export const intakeSettingsSchema = z.object({
  /** Pre-filled into every intake as the court's standard conditions; the officer adds special ones. */
  standardConditions: z.array(standardConditionSchema).max(50, 'Keep the standard conditions to at most 50.'),
});

const cutoff = (label: string) => z.number({ error: `Enter the ${label} cut-off score.` }).int('Cut-off scores are whole numbers.').min(1, 'Cut-off scores start at 1.');

export const riskInstrumentSchema = z
  .object({
    id: text('the instrument id', 100).regex(/^[a-z0-9._-]+$/, 'Use lower-case letters, digits, dots, hyphens and underscores in the instrument id.'),
    name: requiredText('the instrument name', 500),
    version: requiredText('the version', 500),
    disclaimer: text('the disclaimer', 2000),
    items: z
      .array(
        z.object({
          // Item ids become part of field paths (screening.answers.<id>), so no dots.
          id: requiredText('the item id', 100, 'Give every item an id.').regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, hyphens and underscores in item ids.'),
          text: requiredText('the item text', 500),
          needArea: requiredText('the need area', 100, 'Name the need area, or set none (null).').nullable(),
          answers: z
            .array(z.object({ label: requiredText('the answer label', 500), weight: z.number().int('Weights are whole numbers.').min(0, 'Weights cannot be negative.') }))
            .min(1, 'Give every item at least one answer.'),
        }),
      )
      .min(1, 'The instrument needs at least one item.'),
    cutoffs: z.object({ medium: cutoff('Medium'), high: cutoff('High'), very_high: cutoff('Very high') }),
    /** A need area is flagged when the weights of its items' answers add up to at least this. */
    needAreaThreshold: z.number().int('The need-area threshold is a whole number.').min(1, 'The need-area threshold must be at least 1.'),
  })
  .superRefine((instrument, ctx) => {
    const { medium, high, very_high } = instrument.cutoffs;
    if (high <= medium) ctx.addIssue({ code: 'custom', path: ['cutoffs', 'high'], message: 'The High cut-off must be above the Medium cut-off.' });
    if (very_high <= high) ctx.addIssue({ code: 'custom', path: ['cutoffs', 'very_high'], message: 'The Very high cut-off must be above the High cut-off.' });
    const seen = new Set<string>();
    instrument.items.forEach((item, index) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `Another item already has the id "${item.id}"; item ids must be unique.` });
      seen.add(item.id);
    });
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

export type RiskInstrument = z.infer<typeof riskInstrumentSchema>;
export type StandardCondition = z.infer<typeof standardConditionSchema>;

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
  office: { name: '', address: '', phone: '', currency: DEFAULT_CURRENCY, paperSize: 'letter' },
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
