import { ALL, channel } from '../channel';
import { chronologyInputSchema } from './chronologySchemas';
import { exportedFileWire } from './reportsWire';

export const reportsChannels = {
  // Exports a client's contact log as .docx; the same caseload rule as reading notes.
  'reports.chronology': channel(chronologyInputSchema, ALL, exportedFileWire),
};
