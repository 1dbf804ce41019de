import { ALL, SUPERVISOR, channel, returns } from '../channel';
import { type AddressRow, type AssociateRow, type ClientBackgroundRow, type ClientRow, type ClientStatusHistoryRow, type ConditionRow } from '../../../db/schema';
import { type CaseloadPage } from '../../services/clients/caseload';
import { type ClientPhoto, addAddressInputSchema, addAssociateInputSchema, addConditionInputSchema, addCourtCaseInputSchema, associateIdInputSchema, caseloadInputSchema, clientIdInputSchema, duplicateSearchSchema, intakeInputSchema, moveOutInputSchema, reopenInputSchema, setConditionStatusInputSchema, setPhotoInputSchema, setStatusInputSchema, transferInputSchema, updateAddressInputSchema, updateAssociateInputSchema, updateBackgroundInputSchema, updateConditionInputSchema, updateCourtCaseInputSchema, updateIdentityInputSchema, updateSafetyAlertsInputSchema, verifyAddressInputSchema } from './clientsSchemas';
import { type ClientProfile } from '../../services/clients/profileReads';
import { type ClientRecord } from '../../services/record/clientLookup';
import { type CourtCaseWithOffences } from '../../services/clients/partRows';
import { type DuplicateMatch } from '../../services/clients/duplicates';

export const clientsChannels = {
  // Officers reach only their own clients: the services refuse others with FORBIDDEN.
  'clients.intake': channel(intakeInputSchema, ALL, returns<Pick<ClientRow, 'id' | 'caseNumber'>>()),
  'clients.findDuplicates': channel(duplicateSearchSchema, ALL, returns<DuplicateMatch[]>()),
  'clients.caseload': channel(caseloadInputSchema, ALL, returns<CaseloadPage>()),
  'clients.get': channel(clientIdInputSchema, ALL, returns<ClientProfile>()),
  'clients.photo': channel(clientIdInputSchema, ALL, returns<ClientPhoto | null>()),
  'clients.updateIdentity': channel(updateIdentityInputSchema, ALL, returns<ClientRecord>()),
  'clients.setPhoto': channel(setPhotoInputSchema, ALL, returns<ClientRecord>()),
  'clients.updateSafetyAlerts': channel(updateSafetyAlertsInputSchema, ALL, returns<ClientRecord>()),
  'clients.updateBackground': channel(updateBackgroundInputSchema, ALL, returns<ClientBackgroundRow>()),
  'clients.addAddress': channel(addAddressInputSchema, ALL, returns<AddressRow>()),
  'clients.updateAddress': channel(updateAddressInputSchema, ALL, returns<AddressRow>()),
  'clients.moveOutOfAddress': channel(moveOutInputSchema, ALL, returns<AddressRow>()),
  'clients.verifyAddress': channel(verifyAddressInputSchema, ALL, returns<AddressRow>()),
  'clients.addAssociate': channel(addAssociateInputSchema, ALL, returns<AssociateRow>()),
  'clients.updateAssociate': channel(updateAssociateInputSchema, ALL, returns<AssociateRow>()),
  'clients.removeAssociate': channel(associateIdInputSchema, ALL, returns<AssociateRow>()),
  'clients.addCourtCase': channel(addCourtCaseInputSchema, ALL, returns<CourtCaseWithOffences>()),
  'clients.updateCourtCase': channel(updateCourtCaseInputSchema, ALL, returns<CourtCaseWithOffences>()),
  'clients.addCondition': channel(addConditionInputSchema, ALL, returns<ConditionRow>()),
  'clients.updateCondition': channel(updateConditionInputSchema, ALL, returns<ConditionRow>()),
  'clients.setConditionStatus': channel(setConditionStatusInputSchema, ALL, returns<ConditionRow>()),
  'clients.setStatus': channel(setStatusInputSchema, ALL, returns<ClientStatusHistoryRow>()),
  'clients.reopen': channel(reopenInputSchema, SUPERVISOR, returns<ClientStatusHistoryRow>()),
  'clients.transfer': channel(transferInputSchema, SUPERVISOR, returns<ClientRecord>()),
};
