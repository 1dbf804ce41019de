import type { Dispatch } from '../ipc/dispatch';
import type { OfficeEventSource } from '../office/hostEvents';
import { forwardToHost } from '../office/forwardToHost';
import { loadWorkstationEnrolment, type WorkstationEnrolment } from '../office/workstationEnrolmentFiles';
import { createAppHost, rendererDirOf, type AppHostOptions } from './appHost';

/** What the Electron window and the browser shell serve: the renderer's files and a dispatcher for its calls. */
export interface ServingHost {
  dispatch: Dispatch;
  rendererDir: string;
  /** An office workstation's events from its host (changes elsewhere, reachability); none when standalone. */
  events?: OfficeEventSource;
  close(): void;
}

export interface ChosenHost {
  host: ServingHost;
  /** The workstation's enrollment when it is a client of an office host; null for a standalone office. */
  enrolment: WorkstationEnrolment | null;
}

/**
 * The one choice both app hosts make: a data folder holding an enrollment (`office-mode/`, made by npm run enroll)
 * keeps no office data, and every call goes to its office host; any other folder is a standalone office.
 */
export function chooseHost(options: AppHostOptions): ChosenHost {
  const enrolment = loadWorkstationEnrolment(options.dataDir);
  if (enrolment) return { enrolment, host: { ...forwardToHost(enrolment), rendererDir: rendererDirOf(options.appRoot) } };
  return { enrolment: null, host: createAppHost(options) };
}
