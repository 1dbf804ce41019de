import type { Channel } from '../../api/contract';
import { addAddress, moveOutOfAddress, updateAddress, verifyAddress } from '../../services/clients/addressRecords';
import { addAssociate, removeAssociate, updateAssociate } from '../../services/clients/associateRecords';
import { listCaseload } from '../../services/clients/caseload';
import { getClientPhoto, getClientProfile } from '../../services/clients/profileReads';
import { setPhoto, updateBackground, updateIdentity, updateSafetyAlerts } from '../../services/clients/profileEdits';
import { addCondition, addCourtCase, setConditionStatus, updateCondition, updateCourtCase } from '../../services/clients/courtOrderRecords';
import { findDuplicates } from '../../services/clients/duplicates';
import { takeIntake } from '../../services/clients/intake';
import { changeStatus, reopenClient } from '../../services/clients/status';
import { transferClient } from '../../services/clients/transfer';
import type { HandlerGroup } from './types';

export const clientsHandlers: HandlerGroup<Extract<Channel, `clients.${string}`>> = {
  'clients.intake': ({ sessions }, input) => takeIntake(sessions.requireActive().ctx, input),
  'clients.findDuplicates': ({ sessions }, input) => findDuplicates(sessions.requireActive().ctx, input),
  'clients.caseload': ({ sessions }, input) => listCaseload(sessions.requireActive().ctx, input),
  'clients.get': ({ sessions }, input) => getClientProfile(sessions.requireActive().ctx, input.clientId),
  'clients.photo': ({ sessions }, input) => getClientPhoto(sessions.requireActive().ctx, input.clientId),
  'clients.updateIdentity': ({ sessions }, input) => updateIdentity(sessions.requireActive().ctx, input),
  'clients.setPhoto': ({ sessions }, input) => setPhoto(sessions.requireActive().ctx, input),
  'clients.updateSafetyAlerts': ({ sessions }, input) => updateSafetyAlerts(sessions.requireActive().ctx, input),
  'clients.updateBackground': ({ sessions }, input) => updateBackground(sessions.requireActive().ctx, input),
  'clients.addAddress': ({ sessions }, input) => addAddress(sessions.requireActive().ctx, input),
  'clients.updateAddress': ({ sessions }, input) => updateAddress(sessions.requireActive().ctx, input),
  'clients.moveOutOfAddress': ({ sessions }, input) => moveOutOfAddress(sessions.requireActive().ctx, input),
  'clients.verifyAddress': ({ sessions }, input) => verifyAddress(sessions.requireActive().ctx, input),
  'clients.addAssociate': ({ sessions }, input) => addAssociate(sessions.requireActive().ctx, input),
  'clients.updateAssociate': ({ sessions }, input) => updateAssociate(sessions.requireActive().ctx, input),
  'clients.removeAssociate': ({ sessions }, input) => removeAssociate(sessions.requireActive().ctx, input),
  'clients.addCourtCase': ({ sessions }, input) => addCourtCase(sessions.requireActive().ctx, input),
  'clients.updateCourtCase': ({ sessions }, input) => updateCourtCase(sessions.requireActive().ctx, input),
  'clients.addCondition': ({ sessions }, input) => addCondition(sessions.requireActive().ctx, input),
  'clients.updateCondition': ({ sessions }, input) => updateCondition(sessions.requireActive().ctx, input),
  'clients.setConditionStatus': ({ sessions }, input) => setConditionStatus(sessions.requireActive().ctx, input),
  'clients.setStatus': ({ sessions }, input) => changeStatus(sessions.requireActive().ctx, input),
  'clients.reopen': ({ sessions }, input) => reopenClient(sessions.requireActive().ctx, input),
  'clients.transfer': ({ sessions }, input) => transferClient(sessions.requireActive().ctx, input),
};
