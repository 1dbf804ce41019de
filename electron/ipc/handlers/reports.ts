import type { Channel } from '../../api/contract';
import { exportChronology } from '../../services/reports/chronology';
import type { HandlerGroup } from './types';

export const reportsHandlers: HandlerGroup<Extract<Channel, `reports.${string}`>> = {
  'reports.chronology': ({ ctx }, input) => exportChronology(ctx, input),
};
