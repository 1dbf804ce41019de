/** The single IPC channel Electron carries every call on; the dispatcher routes by channel name. */
export const IPC_INVOKE = 'probation-desk:invoke';
/** The main process sends the window each office event on this channel (an office workstation only). */
export const IPC_OFFICE_EVENT = 'probation-desk:office-event';
