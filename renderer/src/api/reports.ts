import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../electron/api/contract';
import { saveBinaryFile } from '../components/saveBinaryFile';
import { call } from './client';

/** Makes the client's chronology .docx on the host and hands it to the officer to save. */
export function useExportChronology() {
  return useMutation({ mutationFn: (input: ChannelInput<'reports.chronology'>) => call('reports.chronology', input), onSuccess: saveBinaryFile });
}
