import { z } from 'zod';
import { ALL, SUPERVISOR, channel, returns } from '../channel';
import { type ClientPhoto, addAddressInputSchema, addAssociateInputSchema, addConditionInputSchema, addCourtCaseInputSchema, associateIdInputSchema, caseloadInputSchema, clientIdInputSchema, duplicateSearchSchema, intakeInputSchema, moveOutInputSchema, reopenInputSchema, setConditionStatusInputSchema, setPhotoInputSchema, setStatusInputSchema, transferInputSchema, updateAddressInputSchema, updateAssociateInputSchema, updateBackgroundInputSchema, updateConditionInputSchema, updateCourtCaseInputSchema, updateIdentityInputSchema, updateSafetyAlertsInputSchema, verifyAddressInputSchema } from './clientsSchemas';
import {
  type CaseloadPage,
  addressWire,
  associateWire,
  clientBackgroundWire,
  clientProfileWire,
  clientRecordWire,
  conditionWire,
  courtCaseWithOffencesWire,
  duplicateMatchWire,
  newClientWire,
  statusChangeWire,
} from './clientsWire';

export const clientsChannels = {
  // Officers reach only their own clients: the services refuse others with FORBIDDEN.
  'clients.intake': channel(intakeInputSchema, ALL, newClientWire),
  'clients.findDuplicates': channel(duplicateSearchSchema, ALL, z.array(duplicateMatchWire)),
  'clients.caseload': channel(caseloadInputSchema, ALL, returns<CaseloadPage>()),
  'clients.get': channel(clientIdInputSchema, ALL, clientProfileWire),
  'clients.photo': channel(clientIdInputSchema, ALL, returns<ClientPhoto | null>()),
  'clients.updateIdentity': channel(updateIdentityInputSchema, ALL, clientRecordWire),
  'clients.setPhoto': channel(setPhotoInputSchema, ALL, clientRecordWire),
  'clients.updateSafetyAlerts': channel(updateSafetyAlertsInputSchema, ALL, clientRecordWire),
  'clients.updateBackground': channel(updateBackgroundInputSchema, ALL, clientBackgroundWire),
  'clients.addAddress': channel(addAddressInputSchema, ALL, addressWire),
  'clients.updateAddress': channel(updateAddressInputSchema, ALL, addressWire),
  'clients.moveOutOfAddress': channel(moveOutInputSchema, ALL, addressWire),
  'clients.verifyAddress': channel(verifyAddressInputSchema, ALL, addressWire),
  'clients.addAssociate': channel(addAssociateInputSchema, ALL, associateWire),
  'clients.updateAssociate': channel(updateAssociateInputSchema, ALL, associateWire),
  'clients.removeAssociate': channel(associateIdInputSchema, ALL, associateWire),
  'clients.addCourtCase': channel(addCourtCaseInputSchema, ALL, courtCaseWithOffencesWire),
  'clients.updateCourtCase': channel(updateCourtCaseInputSchema, ALL, courtCaseWithOffencesWire),
  'clients.addCondition': channel(addConditionInputSchema, ALL, conditionWire),
  'clients.updateCondition': channel(updateConditionInputSchema, ALL, conditionWire),
  'clients.setConditionStatus': channel(setConditionStatusInputSchema, ALL, conditionWire),
  'clients.setStatus': channel(setStatusInputSchema, ALL, statusChangeWire),
  'clients.reopen': channel(reopenInputSchema, SUPERVISOR, statusChangeWire),
  'clients.transfer': channel(transferInputSchema, SUPERVISOR, clientRecordWire),
};
