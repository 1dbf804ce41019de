import { useChannelMutation } from './channelMutation';
import { useChannelQuery } from './channelQuery';

/** Whether this app is an office host; a standalone office has no workstations to manage. */
export const useOfficeMode = () => useChannelQuery('office.mode', {});
export const useWorkstations = () => useChannelQuery('office.listWorkstations', {});
export const useRevokeWorkstation = () => useChannelMutation('office.revokeWorkstation');
/** The list shows nothing of a code until it is spent, so a new code refreshes nothing. */
export const useCreateEnrollmentCode = () => useChannelMutation('office.createEnrollmentCode', []);
/** Sealing ends every session, this one too: the auth status changes. */
export const useSealHost = () => useChannelMutation('office.seal', ['auth']);
