import type { Channel } from '../../api/contract';
import { readAllSettings, updateSettings } from '../../services/settings/settings';
import type { HandlerGroup } from './types';

export const settingsHandlers: HandlerGroup<Extract<Channel, `settings.${string}`>> = {
  'settings.get': ({ ctx }) => readAllSettings(ctx.db),
  'settings.updateOffice': ({ ctx }, input) => updateSettings(ctx, 'office', input),
  'settings.updateSecurity': ({ sessions, ctx }, input) => {
    const saved = updateSettings(ctx, 'security', input);
    sessions.refreshIdleLock();
    return saved;
  },
  'settings.updateIntake': ({ ctx }, input) => updateSettings(ctx, 'intake', input),
  'settings.updateRiskInstrument': ({ ctx }, input) => updateSettings(ctx, 'riskInstrument', input),
  'settings.updateEnforcement': ({ ctx }, input) => updateSettings(ctx, 'enforcement', input),
  'settings.updateSchedule': ({ ctx }, input) => updateSettings(ctx, 'schedule', input),
  'settings.updateContactStandards': ({ ctx }, input) => updateSettings(ctx, 'contactStandards', input),
  'settings.updateOpportunities': ({ ctx }, input) => updateSettings(ctx, 'opportunities', input),
};
