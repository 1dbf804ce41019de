import { ALL, channel, returns } from '../channel';
import { type ExportedFile } from '../../services/reports/exportedFile';
import { chronologyInputSchema } from './chronologySchemas';

export const reportsChannels = {
  // Exports a client's contact log as .docx; the same caseload rule as reading notes.
  'reports.chronology': channel(chronologyInputSchema, ALL, returns<ExportedFile>()),
};
