import { DEFAULT_CURRENCY } from '../../../electron/api/format/money';
import { DEFAULT_MEASUREMENT_SYSTEM, type MeasurementSystem } from '../../../electron/api/format/measurements';
import { useChannelMutation } from './channelMutation';
import { useChannelQuery } from './channelQuery';

export const useSettings = () => useChannelQuery('settings.get', {});

/** The office's currency for money on screen; USD until the settings have loaded. */
export function useCurrency(): string {
  return useSettings().data?.office.currency ?? DEFAULT_CURRENCY;
}

/** The office's units for height and weight; US until the settings have loaded. */
export function useMeasurementSystem(): MeasurementSystem {
  return useSettings().data?.office.measurementSystem ?? DEFAULT_MEASUREMENT_SYSTEM;
}

/** The status carries the office name shown in the header and the idle-lock time, so it is re-read too. */
export const useSettingsChange = <
  C extends
    | 'settings.updateOffice'
    | 'settings.updateSecurity'
    | 'settings.updateEnforcement'
    | 'settings.updateSchedule'
    | 'settings.updateContactStandards'
    | 'settings.updateOpportunities',
>(
  channel: C,
) => useChannelMutation(channel, ['settings', 'auth']);
