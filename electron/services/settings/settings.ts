import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { settings } from '../../../db/schema';
import { recordAudit } from '../audit/auditChain';
import type { ServiceContext } from '../context';
import { settingsDefaults, settingsSchemas, type SettingsKey, type SettingsValues } from '../../api/settings/settingsSchemas';

export function readSetting<K extends SettingsKey>(db: DbExecutor, key: K): SettingsValues[K] {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  if (!row) return settingsDefaults[key];
  // A stored value from an older version may lack newer fields: defaults fill them in.
  const parsed = settingsSchemas[key].safeParse({ ...settingsDefaults[key], ...(row.value as object) });
  return (parsed.success ? parsed.data : settingsDefaults[key]) as SettingsValues[K];
}

export function readAllSettings(db: DbExecutor): SettingsValues {
  return {
    office: readSetting(db, 'office'),
    security: readSetting(db, 'security'),
    intake: readSetting(db, 'intake'),
    riskInstrument: readSetting(db, 'riskInstrument'),
    enforcement: readSetting(db, 'enforcement'),
    schedule: readSetting(db, 'schedule'),
    contactStandards: readSetting(db, 'contactStandards'),
    backup: readSetting(db, 'backup'),
    backupStatus: readSetting(db, 'backupStatus'),
    opportunities: readSetting(db, 'opportunities'),
  };
}

export function writeSetting<K extends SettingsKey>(tx: DbExecutor, key: K, value: SettingsValues[K], at: Date, userId: number | null) {
  const row = { key, value, updatedAt: at.toISOString(), updatedBy: userId };
  tx.insert(settings).values(row).onConflictDoUpdate({ target: settings.key, set: row }).run();
}

/** Saves one settings section and audits which fields changed (names only, never values). */
export function updateSettings<K extends SettingsKey>(ctx: ServiceContext, key: K, value: SettingsValues[K]): SettingsValues[K] {
  const next = settingsSchemas[key].parse(value) as SettingsValues[K];
  return ctx.db.transaction((tx) => {
    const before = readSetting(tx, key) as Record<string, unknown>;
    const changed = Object.keys(next).filter((field) => JSON.stringify(before[field]) !== JSON.stringify((next as Record<string, unknown>)[field]));
    writeSetting(tx, key, next, ctx.clock.now(), ctx.actor.id);
    recordAudit(tx, {
      action: 'settings.update',
      entity: 'settings',
      entityId: key,
      detail: changed.length ? `changed: ${changed.join(', ')}` : 'no change',
      actor: ctx.actor,
      ts: ctx.clock.now(),
    });
    return next;
  });
}
