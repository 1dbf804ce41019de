/** The single IPC channel Electron carries every call on; the dispatcher routes by channel name. */
export const IPC_INVOKE = 'probation-desk:invoke';
