import { ADMIN, ALL, channel, noInput, returns } from '../channel';
import { type SettingsValues, enforcementSettingsSchema, officeSettingsSchema, scheduleSettingsSchema, securitySettingsSchema } from './settingsSchemas';
import { intakeSettingsSchema, riskInstrumentSchema } from './intakeSettingsSchemas';
import { contactStandardsSchema } from '../contactStandards/contactStandardsSchemas';
import { opportunitySettingsSchema } from '../insights/insightsSchemas';

export const settingsChannels = {
  'settings.get': channel(noInput, ALL, returns<SettingsValues>()),
  'settings.updateOffice': channel(officeSettingsSchema, ADMIN, returns<SettingsValues['office']>()),
  'settings.updateSecurity': channel(securitySettingsSchema, ADMIN, returns<SettingsValues['security']>()),
  'settings.updateIntake': channel(intakeSettingsSchema, ADMIN, returns<SettingsValues['intake']>()),
  'settings.updateRiskInstrument': channel(riskInstrumentSchema, ADMIN, returns<SettingsValues['riskInstrument']>()),
  'settings.updateEnforcement': channel(enforcementSettingsSchema, ADMIN, returns<SettingsValues['enforcement']>()),
  'settings.updateSchedule': channel(scheduleSettingsSchema, ADMIN, returns<SettingsValues['schedule']>()),
  'settings.updateContactStandards': channel(contactStandardsSchema, ADMIN, returns<SettingsValues['contactStandards']>()),
  'settings.updateOpportunities': channel(opportunitySettingsSchema, ADMIN, returns<SettingsValues['opportunities']>()),
};
