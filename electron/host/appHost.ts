import os from 'node:os';
import path from 'node:path';
import { createDispatcher, type Dispatch } from '../ipc/dispatch';
import { SessionManager } from '../services/auth/sessionManager';
import { backupServiceFor } from '../services/backup/backupService';
import { acquireDataFolderLock } from './dataFolderLock';

export interface AppHostOptions {
  dataDir: string;
  /** The folder holding db/migrations and dist/renderer (the repository, or the packaged app). */
  appRoot: string;
  nativeBinding?: string;
  env?: NodeJS.ProcessEnv;
  /** Named to a second program that finds the data folder locked. */
  program?: string;
}

export interface AppHost {
  sessions: SessionManager;
  dispatch: Dispatch;
  rendererDir: string;
  close(): void;
}

const IDLE_CHECK_MS = 5_000;

/** Where the built renderer is under the app root (the repository, or the packaged app). */
export const rendererDirOf = (appRoot: string) => path.join(appRoot, 'dist', 'renderer');

/** What both hosts (Electron and the browser shell) run: the session manager, the dispatcher and the idle-lock timer. */
export function createAppHost(options: AppHostOptions): AppHost {
  const env = options.env ?? process.env;
  // Before anything reads the folder: a second instance stops here with a message naming the first.
  const lock = acquireDataFolderLock(options.dataDir, {
    program: options.program ?? 'Probation Desk',
    onCompromised: (error) => {
      console.error(`[probation-desk] The lock on ${options.dataDir} was lost (${error.message}); signing out so two programs never write at once.`);
      sessions.shutdown();
    },
  });
  const idleOverride = env.PROBATION_DESK_IDLE_LOCK_SECONDS ? Number(env.PROBATION_DESK_IDLE_LOCK_SECONDS) : undefined;
  const sessions = new SessionManager({
    dataDir: options.dataDir,
    migrationsFolder: path.join(options.appRoot, 'db', 'migrations'),
    nativeBinding: options.nativeBinding,
    idleLockSecondsOverride: Number.isFinite(idleOverride) && idleOverride! > 0 ? idleOverride : undefined,
    // Decided here, once: the services never ask which computer they run on.
    workstation: os.hostname(),
  });
  const dispatch = createDispatcher(sessions, {
    logError: (ref, channel, error) => console.error(`[probation-desk] ${ref} ${channel}:`, error),
  });
  // Locks an idle session even when the window makes no calls, so the key leaves memory on time.
  // An error here would be uncaught and end the process with the session still open; locking itself never throws.
  const timer = setInterval(() => {
    try {
      sessions.checkIdle();
    } catch (error) {
      console.error('[probation-desk] idle check:', error);
    }
  }, IDLE_CHECK_MS);
  timer.unref();
  const stopBackupSchedule = backupServiceFor(sessions).startSchedule();
  return {
    sessions,
    dispatch,
    rendererDir: rendererDirOf(options.appRoot),
    close() {
      clearInterval(timer);
      stopBackupSchedule();
      sessions.shutdown();
      lock.release();
    },
  };
}
