import { z } from 'zod';
import { ALL, channel } from '../channel';
import { clientIdInputSchema } from '../clients/clientsSchemas';
import { createDrugTestInputSchema, recordLabResultInputSchema } from './drugTestsSchemas';
import { drugTestWire, savedDrugTestWire } from './drugTestsWire';

export const drugTestsChannels = {
  'drugTests.list': channel(clientIdInputSchema, ALL, z.array(drugTestWire)),
  'drugTests.create': channel(createDrugTestInputSchema, ALL, savedDrugTestWire),
  'drugTests.recordLabResult': channel(recordLabResultInputSchema, ALL, savedDrugTestWire),
};
