import { ALL, channel, returns } from '../channel';
import { type DrugTestRow } from '../../../db/schema';
import { type SavedDrugTest } from '../../services/drugTests/drugTests';
import { clientIdInputSchema } from '../clients/clientsSchemas';
import { createDrugTestInputSchema, recordLabResultInputSchema } from './drugTestsSchemas';

export const drugTestsChannels = {
  'drugTests.list': channel(clientIdInputSchema, ALL, returns<DrugTestRow[]>()),
  'drugTests.create': channel(createDrugTestInputSchema, ALL, returns<SavedDrugTest>()),
  'drugTests.recordLabResult': channel(recordLabResultInputSchema, ALL, returns<SavedDrugTest>()),
};
