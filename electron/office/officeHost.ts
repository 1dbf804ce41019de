import path from 'node:path';
import { DATABASE_FILE, VAULT_FILE, type SessionManager, type SessionManagerOptions } from '../services/auth/sessionManager';
import { asWorkstation } from '../../db/connectionWorkstation';
import { Vault } from '../../db/vault';
import { AppError } from '../api/errors';
import type { EnrolmentCode } from '../api/office/officeWire';
import { acquireDataFolderLock } from '../host/dataFolderLock';
import type { OfficeHostControl } from '../ipc/handlers/types';
import { recordAudit } from '../services/audit/auditChain';
import { BackupService } from '../services/backup/backupService';
import type { BackupSource } from '../services/backup/backupSource';
import { findUsableCode } from '../services/office/enrolmentCodes';
import { recordContact, recordEnrolment, workstationByFingerprint } from '../services/office/workstations';
import type { Enrolled } from './hostProtocol';
import { HostSeal } from './hostSeal';
import { loadHostIdentity, type HostIdentity } from './hostIdentity';
import { issueWorkstationCertificate } from './workstationCertificates';
import { WorkstationSessions, type WorkstationSession } from './workstationSessions';

export interface OfficeHostOptions {
  dataDir: string;
  migrationsFolder: string;
  nativeBinding?: string;
  now?: () => Date;
  /** Test configuration, as for SessionManager. */
  kdfIterations?: number;
  idleLockSecondsOverride?: number;
  logError?: (ref: string, channel: string, error: unknown) => void;
}

const IDLE_CHECK_MS = 5_000;
/** Not a fingerprint any certificate can have: the console's session is reachable from no connection. */
const CONSOLE = 'host console';
/** How the audit log names what happens at the host itself (its console, an unseal with the recovery key, its backups). */
const HOST_WORKSTATION = 'office host';
const REVOKED_MESSAGE = "This workstation's certificate has been revoked by an administrator. Ask for a new enrollment code.";
const UNKNOWN_MESSAGE = 'This workstation is not enrolled with the office host. Ask an administrator for an enrollment code.';
const BAD_CODE_MESSAGE = 'This enrollment code is not valid: it is mistyped, already used or expired. Ask an administrator for a new one.';

/**
 * The office host's state, apart from HTTP: the data-folder lock, its certificate authority, the seal on the
 * office's key, the workstations' sessions, and the checks every request passes.
 */
export class OfficeHost {
  readonly seal: HostSeal;
  readonly sessions: WorkstationSessions;
  /** The office's backups run here, where its data is: the schedule while unsealed, and every workstation's "back up now". */
  readonly backups: BackupService;
  private readonly now: () => Date;
  private readonly timer: NodeJS.Timeout;
  private readonly stopBackupSchedule: () => void;

  private constructor(
    readonly identity: HostIdentity,
    options: OfficeHostOptions,
    private readonly releaseLock: () => void,
  ) {
    this.now = options.now ?? (() => new Date());
    const vault = new Vault(path.join(options.dataDir, VAULT_FILE), options.kdfIterations);
    this.seal = new HostSeal({
      databaseFile: path.join(options.dataDir, DATABASE_FILE),
      migrationsFolder: options.migrationsFolder,
      nativeBinding: options.nativeBinding,
      vault,
      now: this.now,
      workstation: HOST_WORKSTATION,
      // A backup that fell due while sealed runs now, after the sign-in that unsealed it has finished.
      onUnsealed: () => asWorkstation(HOST_WORKSTATION, () => setImmediate(() => this.backups.tick())),
    });
    this.backups = new BackupService(this.backupSource(options, vault));
    const control: OfficeHostControl = {
      seal: (by) => {
        recordAudit(by.db, { action: 'office.seal', entity: 'database', actor: by.actor, ts: this.now() });
        this.sessions.endAll('the office host was sealed');
        this.seal.seal();
      },
      unsealWithRecoveryKey: (recoveryKey) => this.seal.unsealWithRecoveryKey(recoveryKey),
      backups: this.backups,
    };
    const sessionOptions: SessionManagerOptions = {
      dataDir: options.dataDir,
      migrationsFolder: options.migrationsFolder,
      nativeBinding: options.nativeBinding,
      now: options.now,
      kdfIterations: options.kdfIterations,
      idleLockSecondsOverride: options.idleLockSecondsOverride,
      aloneWithDatabase: (own, rotate) => this.aloneWithDatabase(own, rotate),
      sharedConnection: (masterKey) => this.seal.connect(masterKey),
    };
    this.sessions = new WorkstationSessions(sessionOptions, control, options.logError ?? (() => undefined));
    // Locks idle sessions even when their workstation makes no calls; locking itself never throws.
    this.timer = setInterval(() => this.sessions.checkIdle(), IDLE_CHECK_MS);
    this.timer.unref();
    // Its checks, and the backups they start, write their audit rows as the host.
    this.stopBackupSchedule = asWorkstation(HOST_WORKSTATION, () => this.backups.startSchedule());
  }

  /** The host's key while unsealed, on its one connection, with nobody acting: the schedule is the host's own. */
  private backupSource(options: OfficeHostOptions, vault: Vault): BackupSource {
    return {
      dataDir: options.dataDir,
      databaseFile: path.join(options.dataDir, DATABASE_FILE),
      vaultFile: vault.file,
      migrationsFolder: options.migrationsFolder,
      nativeBinding: options.nativeBinding,
      // Signing out leaves the host unsealed, and its schedule runs.
      keyLeavesAtSignOut: false,
      access: () => {
        const masterKey = this.seal.keyForBackups();
        return masterKey && { db: this.seal.db(), actor: null, now: this.now, masterKey };
      },
    };
  }

  /** Takes the data folder (a standalone app on it stops with a message, and the other way round) and loads or makes the host's identity. */
  static async start(options: OfficeHostOptions): Promise<OfficeHost> {
    let host: OfficeHost | undefined;
    const lock = acquireDataFolderLock(options.dataDir, {
      program: 'the Probation Desk office host',
      onCompromised: (error) => {
        console.error(`[office-host] The lock on ${options.dataDir} was lost (${error.message}); sealing so two programs never write at once.`);
        host?.sessions.endAll('the data-folder lock was lost');
        host?.seal.seal();
      },
    });
    try {
      host = new OfficeHost(await loadHostIdentity(options.dataDir), options, () => lock.release());
      return host;
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  /** Spends a one-time code and signs the workstation's certificate request; needs the host unsealed. */
  async enrol(code: string, csrPem: string): Promise<Enrolled> {
    const db = this.seal.db();
    const now = this.now();
    const usable = findUsableCode(db, code, now);
    if (!usable) throw new AppError('AUTH_FAILED', BAD_CODE_MESSAGE, 'code');
    const issued = await issueWorkstationCertificate(this.identity, csrPem, usable.workstationName, now);
    const row = recordEnrolment(this.seal.db(), { code: usable, certificateFingerprint: issued.fingerprint, certificateSerial: issued.serial }, now);
    return { workstationName: row.name, certificatePem: issued.certificatePem, hostCertificatePem: this.identity.certificatePem };
  }

  /**
   * A key rotation (an administrator's, or at a deactivation) rekeys the shared connection in place. The other
   * sessions hold the old key, so they are locked first; their users unlock with their password, whose slot then
   * holds the new key.
   */
  private aloneWithDatabase<T>(own: SessionManager, rotate: () => T): T {
    this.sessions.lockAllBut(own, 'key rotation');
    const rotated = rotate();
    // The rotating session's key buffer now holds the new key (rotateDatabaseKey).
    const active = own.peekActive();
    if (active) this.seal.rekeyed(active.keys.masterKey);
    return rotated;
  }

  /**
   * Makes an enrollment code at the host's own console, for the first workstation (no workstation can sign in
   * before one is enrolled): an administrator signs in here, which unseals the host, makes the code, and is
   * signed out again. The session is bound to no certificate, so no request can reach it.
   */
  async createCodeAtConsole(username: string, password: string, workstationName: string): Promise<EnrolmentCode> {
    const session = this.sessions.open(CONSOLE, HOST_WORKSTATION);
    try {
      const signedIn = await session.dispatch('auth.login', { username, password });
      if (!signedIn.ok) throw new AppError(signedIn.error.code, signedIn.error.message);
      const made = await session.dispatch('office.createEnrollmentCode', { workstationName });
      if (!made.ok) throw new AppError(made.error.code, made.error.message, made.error.field);
      return made.value as EnrolmentCode;
    } finally {
      this.sessions.endFor(CONSOLE, 'enrollment code made at the host console');
    }
  }

  /**
   * Why a workstation's request is refused, or null: unknown and revoked certificates are checked on every
   * request while the host can read its table. A sealed host cannot, and answers only sign-in until it is unsealed.
   */
  refusal(fingerprint: string): string | null {
    if (this.seal.sealed) return null;
    const db = this.seal.db();
    const row = workstationByFingerprint(db, fingerprint);
    if (row && !row.revokedAt) {
      recordContact(db, row, this.now());
      return null;
    }
    this.sessions.endFor(fingerprint, row ? 'workstation revoked' : 'workstation not enrolled');
    return row ? REVOKED_MESSAGE : UNKNOWN_MESSAGE;
  }

  /**
   * After a call that found the host sealed: a sign-in has unsealed it with the key it unwrapped, so the
   * workstation is now checked as on every request; a revoked one does not keep the host unsealed.
   */
  afterCall(session: WorkstationSession, wasSealed: boolean): string | null {
    if (!wasSealed || this.seal.sealed) return null;
    const refused = this.refusal(session.fingerprint);
    if (refused) this.seal.seal();
    return refused;
  }

  close() {
    clearInterval(this.timer);
    this.stopBackupSchedule();
    this.sessions.endAll('the office host stopped');
    this.seal.seal();
    this.releaseLock();
  }
}
