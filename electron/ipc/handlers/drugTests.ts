import type { Channel } from '../../api/contract';
import { createDrugTest, listDrugTests, recordLabResult } from '../../services/drugTests/drugTests';
import type { HandlerGroup } from './types';

export const drugTestsHandlers: HandlerGroup<Extract<Channel, `drugTests.${string}`>> = {
  'drugTests.list': ({ sessions }, input) => listDrugTests(sessions.requireActive().ctx, input.clientId),
  'drugTests.create': ({ sessions }, input) => createDrugTest(sessions.requireActive().ctx, input),
  'drugTests.recordLabResult': ({ sessions }, input) => recordLabResult(sessions.requireActive().ctx, input),
};
