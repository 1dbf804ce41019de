import type { Channel } from '../../api/contract';
import { readAllSettings, updateSettings } from '../../services/settings/settings';
import type { HandlerGroup } from './types';

export const settingsHandlers: HandlerGroup<Extract<Channel, `settings.${string}`>> = {
  'settings.get': ({ sessions }) => readAllSettings(sessions.requireActive().ctx.db),
  'settings.updateOffice': ({ sessions }, input) => updateSettings(sessions.requireActive().ctx, 'office', input),
  'settings.updateSecurity': ({ sessions }, input) => {
    const saved = updateSettings(sessions.requireActive().ctx, 'security', input);
    sessions.refreshIdleLock();
    return saved;
  },
  'settings.updateIntake': ({ sessions }, input) => updateSettings(sessions.requireActive().ctx, 'intake', input),
  'settings.updateRiskInstrument': ({ sessions }, input) => updateSettings(sessions.requireActive().ctx, 'riskInstrument', input),
  'settings.updateEnforcement': ({ sessions }, input) => updateSettings(sessions.requireActive().ctx, 'enforcement', input),
  'settings.updateSchedule': ({ sessions }, input) => updateSettings(sessions.requireActive().ctx, 'schedule', input),
  'settings.updateContactStandards': ({ sessions }, input) => updateSettings(sessions.requireActive().ctx, 'contactStandards', input),
  'settings.updateOpportunities': ({ sessions }, input) => updateSettings(sessions.requireActive().ctx, 'opportunities', input),
};
