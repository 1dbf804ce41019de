// `npm run backup`, `npm run restore`, `npm run export`: office IT's commands (cli.ts runs them). See USAGE.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { openEncryptedDatabase } from '../../db/open';
import { normalizeRecoveryKey } from '../../db/recoveryKey';
import { users } from '../../db/schema';
import { Vault } from '../../db/vault';
import { VaultError } from '../../db/vaultFormat';
import { AppError } from '../../electron/api/errors';
import { acquireDataFolderLock, DataFolderInUseError } from '../../electron/host/dataFolderLock';
import { DATABASE_FILE, VAULT_FILE } from '../../electron/services/auth/sessionManager';
import { recordAudit } from '../../electron/services/audit/auditChain';
import { writeAuditCheckpointOrLog } from '../../electron/services/audit/auditCheckpoints';
import { BackupDamagedError } from '../../electron/services/backup/backupManifest';
import { BackupFolderError, listBackups } from '../../electron/services/backup/backupFolder';
import { BackupFailedError, createBackup } from '../../electron/services/backup/createBackup';
import { restoreBackup } from '../../electron/services/backup/restoreBackup';
import type { BackupCredential } from '../../electron/api/backup/restoreSchemas';
import { exportPassphraseSchema } from '../../electron/api/export/exportSchemas';
import { exportToFile } from '../../electron/services/export/officeExport';
import { serviceContext } from '../../electron/services/officeClock';
import { readSetting } from '../../electron/services/settings/settings';
import { askSecret } from './prompt';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MIGRATIONS = path.join(REPO_ROOT, 'db', 'migrations');

const USAGE = `Usage:
  npm run backup  -- --data-dir DIR --to FOLDER   (--user NAME | --recovery-key)
  npm run restore -- --from BACKUP --data-dir DIR (--user NAME | --recovery-key)
  npm run export  -- --data-dir DIR --to FILE.zip (--user NAME | --recovery-key) [--client ID]
Options:
  --data-dir DIR    the office's data folder (probation.db and vault.json)
  --to FOLDER|FILE  backup: the folder to write the backup into; export: the .zip to write
  --from BACKUP     restore: a backup folder (probation-desk-backup-...), or a folder of backups (the newest is used)
  --user NAME       an administrator's username; the password is asked for on the terminal
                    or read from PROBATION_DESK_PASSWORD
  --recovery-key    use the office recovery key instead, asked for or read from PROBATION_DESK_RECOVERY_KEY
  --client ID       export: only this client's records (default: the whole office)
  --help            this text
The export passphrase is asked for, or read from PROBATION_DESK_EXPORT_PASSPHRASE.
A backup or export is written under a temporary name and renamed when complete; a restore keeps the replaced
office in DIR/replaced-<time>. Exit code 0 on success, 1 on failure, 2 on a wrong command line.`;

class UsageError extends Error {}

const OPTIONS = {
  'data-dir': { type: 'string' },
  to: { type: 'string' },
  from: { type: 'string' },
  user: { type: 'string' },
  'recovery-key': { type: 'boolean', default: false },
  client: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

type Values = ReturnType<typeof parse>;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
}

function required(values: Values, name: 'data-dir' | 'to' | 'from'): string {
  const value = values[name];
  if (!value) throw new UsageError(`--${name} is required (--help lists the options).`);
  return path.resolve(value);
}

async function credentialOf(values: Values): Promise<BackupCredential> {
  if (values['recovery-key'] === Boolean(values.user)) throw new UsageError('Give either --user NAME or --recovery-key.');
  if (values.user) {
    const password = process.env.PROBATION_DESK_PASSWORD ?? (await askSecret(`Password for ${values.user}: `));
    return { kind: 'password', username: values.user.trim().toLowerCase(), password };
  }
  return { kind: 'recoveryKey', recoveryKey: process.env.PROBATION_DESK_RECOVERY_KEY ?? (await askSecret('Office recovery key: ')) };
}

/** Opens the live office with an administrator's password or the recovery key; the command acts as that administrator. */
async function openOffice(dataDir: string, credential: BackupCredential) {
  const vault = new Vault(path.join(dataDir, VAULT_FILE));
  const slot = credential.kind === 'password' ? vault.findUserSlot(credential.username) : vault.recoverySlot();
  if (!slot)
    throw new AppError('AUTH_FAILED', credential.kind === 'password' ? `There is no account "${credential.username}" in this office.` : 'This office has no recovery key slot.');
  const key = await vault.unwrap(slot, credential.kind === 'password' ? credential.password : normalizeRecoveryKey(credential.recoveryKey));
  const open = openEncryptedDatabase(path.join(dataDir, DATABASE_FILE), { key, migrationsFolder: MIGRATIONS });
  const user = credential.kind === 'password' ? open.db.select().from(users).where(eq(users.username, credential.username)).get() : undefined;
  if (credential.kind === 'password' && (!user || !user.active || user.role !== 'admin')) {
    open.sqlite.close();
    throw new AppError('FORBIDDEN', `${credential.username} is not an active administrator of this office.`);
  }
  const actor = user
    ? { id: user.id, username: user.username, fullName: user.fullName, role: user.role }
    : { id: 0, username: 'recovery key', fullName: 'Office recovery key', role: 'admin' as const };
  return { key, open, actor };
}

/** Checked before the lock is taken, since taking it creates the folder (a mistyped --data-dir must not). */
function requireOffice(dataDir: string) {
  if (!existsSync(path.join(dataDir, VAULT_FILE))) throw new AppError('DATA_UNAVAILABLE', `There is no office in ${dataDir} (no ${VAULT_FILE}).`);
}

/** Each command holds the office's data-folder lock, so it never runs against an office the app has open. */
async function withOfficeLock<T>(dataDir: string, command: string, run: () => Promise<T>): Promise<T> {
  const lock = acquireDataFolderLock(dataDir, { program: `the ${command} command` });
  try {
    return await run();
  } finally {
    lock.release();
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function backup(values: Values) {
  const dataDir = required(values, 'data-dir');
  const folder = required(values, 'to');
  requireOffice(dataDir);
  const credential = await credentialOf(values);
  await withOfficeLock(dataDir, 'backup', () => backupLocked(dataDir, folder, credential));
}

async function backupLocked(dataDir: string, folder: string, credential: BackupCredential) {
  const { key, open, actor } = await openOffice(dataDir, credential);
  const auditActor = { id: actor.id || null, username: actor.username };
  try {
    const settings = readSetting(open.db, 'backup');
    let shown = -1;
    const result = await createBackup({
      databaseFile: path.join(dataDir, DATABASE_FILE),
      vaultFile: path.join(dataDir, VAULT_FILE),
      key,
      folder,
      retention: settings,
      timeZone: readSetting(open.db, 'schedule').timeZone,
      officeName: readSetting(open.db, 'office').name,
      appRoot: REPO_ROOT,
      now: () => new Date(),
      onProgress: ({ phase, fraction }) => {
        const percent = Math.floor(fraction * 10) * 10;
        if (percent > shown) console.log(`  ${phase} ${percent}%`);
        shown = Math.max(shown, percent);
      },
    }).catch((error: Error) => {
      recordAudit(open.db, {
        action: 'backup.create',
        entity: 'office',
        outcome: 'failure',
        detail: `command line: ${error.message}`.slice(0, 300),
        actor: auditActor,
        ts: new Date(),
      });
      throw error;
    });
    recordAudit(open.db, {
      action: 'backup.create',
      entity: 'office',
      detail: `command line; ${result.name}; ${result.sizeBytes} bytes; verified`,
      actor: auditActor,
      ts: new Date(),
    });
    // As the app does after a backup: the chain's head as the backup holds it, kept outside the database.
    writeAuditCheckpointOrLog(open.db, dataDir, new Date(), 'the backup');
    console.log(`Backup ${result.dir}\n  ${megabytes(result.sizeBytes)} in ${(result.durationMs / 1000).toFixed(1)} s\n  ${result.verification}`);
    if (result.removed.length) console.log(`  Rotation removed ${result.removed.length} older backup(s).`);
  } finally {
    open.sqlite.close();
    key.fill(0);
  }
}

async function restore(values: Values) {
  const dataDir = required(values, 'data-dir');
  const given = required(values, 'from');
  // A folder of backups stands for its newest one.
  const from = existsSync(path.join(given, 'backup.json')) ? given : (listBackups(given)[0]?.dir ?? given);
  const credential = await credentialOf(values);
  const request = {
    backupDir: from,
    credential,
    dataDir,
    databaseFile: path.join(dataDir, DATABASE_FILE),
    vaultFile: path.join(dataDir, VAULT_FILE),
    migrationsFolder: MIGRATIONS,
    now: () => new Date(),
  };
  const result = await withOfficeLock(dataDir, 'restore', () => restoreBackup(request));
  console.log(`Restored the backup of ${result.createdAt} into ${dataDir}${result.migrated ? ' (its schema was updated to this version)' : ''}.`);
  if (result.safetyCopy) console.log(`The office it replaced is kept in ${result.safetyCopy}.`);
  console.log('Sign in with the accounts and passwords of the backup.');
}

async function exportRecordsCommand(values: Values) {
  const dataDir = required(values, 'data-dir');
  const file = required(values, 'to');
  if (!existsSync(path.dirname(file))) throw new UsageError(`The folder ${path.dirname(file)} does not exist.`);
  const clientId = values.client === undefined ? null : Number(values.client);
  if (clientId !== null && !(Number.isInteger(clientId) && clientId > 0)) throw new UsageError(`--client takes a client id (a whole number), not "${values.client}".`);
  requireOffice(dataDir);
  const credential = await credentialOf(values);
  await withOfficeLock(dataDir, 'export', () => exportLocked(dataDir, file, clientId, credential));
}

async function exportLocked(dataDir: string, file: string, clientId: number | null, credential: BackupCredential) {
  const { key, open, actor } = await openOffice(dataDir, credential);
  try {
    const parsed = exportPassphraseSchema.safeParse(process.env.PROBATION_DESK_EXPORT_PASSPHRASE ?? (await askSecret('Passphrase for the export: ')));
    if (!parsed.success) throw new UsageError(parsed.error.issues[0].message);
    const summary = await exportToFile(serviceContext(open.db, actor), { clientId, passphrase: parsed.data }, file);
    console.log(`Export ${file}: ${summary.rows} rows of ${summary.tables} tables and ${summary.chronologies} chronologies, AES-256 encrypted.`);
  } finally {
    open.sqlite.close();
    key.fill(0);
  }
}

const COMMANDS = { backup, restore, export: exportRecordsCommand } as const;

async function main(argv: string[]): Promise<number> {
  const command = argv[0] as keyof typeof COMMANDS;
  const values = parse(argv.slice(1));
  if (values.help || !(command in COMMANDS)) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  await COMMANDS[command](values);
  return 0;
}

/** Runs one command line; resolves to its exit code, having printed what went wrong. */
export async function runCommand(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (error) {
    const known = [UsageError, AppError, VaultError, BackupDamagedError, BackupFailedError, BackupFolderError, DataFolderInUseError].some((type) => error instanceof type);
    console.error(known ? (error as Error).message : `Failed: ${(error as Error).message}`);
    return error instanceof UsageError ? 2 : 1;
  }
}
