import { saveBinaryFile } from '../components/saveBinaryFile';
import { useChannelMutation } from './channelMutation';

/** Makes the client's chronology .docx on the host and hands it to the officer to save. */
export const useExportChronology = () => useChannelMutation('reports.chronology', [], saveBinaryFile);
