import { keepPreviousData } from '@tanstack/react-query';
import type { ChannelInput } from '../../../electron/api/contract';
import { useChannelMutation } from './channelMutation';
import { useChannelQuery } from './channelQuery';

export const useAuditLog = (input: ChannelInput<'audit.list'>) => useChannelQuery('audit.list', input, { placeholderData: keepPreviousData });

/** Verifying and exporting are audited themselves, so the list is re-read afterwards. */
export const useVerifyAudit = () => useChannelMutation('audit.verify', ['audit']);
export const useExportAudit = () => useChannelMutation('audit.export', ['audit']);
