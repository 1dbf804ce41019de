import type { Channel } from '../../api/contract';
import { createDrugTest, listDrugTests, recordLabResult } from '../../services/drugTests/drugTests';
import type { HandlerGroup } from './types';

export const drugTestsHandlers: HandlerGroup<Extract<Channel, `drugTests.${string}`>> = {
  'drugTests.list': ({ ctx }, input) => listDrugTests(ctx, input.clientId),
  'drugTests.create': ({ ctx }, input) => createDrugTest(ctx, input),
  'drugTests.recordLabResult': ({ ctx }, input) => recordLabResult(ctx, input),
};
