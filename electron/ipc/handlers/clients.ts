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
  'clients.intake': ({ ctx }, input) => takeIntake(ctx, input),
  'clients.findDuplicates': ({ ctx }, input) => findDuplicates(ctx, input),
  'clients.caseload': ({ ctx }, input) => listCaseload(ctx, input),
  'clients.get': ({ ctx }, input) => getClientProfile(ctx, input.clientId),
  'clients.photo': ({ ctx }, input) => getClientPhoto(ctx, input.clientId),
  'clients.updateIdentity': ({ ctx }, input) => updateIdentity(ctx, input),
  'clients.setPhoto': ({ ctx }, input) => setPhoto(ctx, input),
  'clients.updateSafetyAlerts': ({ ctx }, input) => updateSafetyAlerts(ctx, input),
  'clients.updateBackground': ({ ctx }, input) => updateBackground(ctx, input),
  'clients.addAddress': ({ ctx }, input) => addAddress(ctx, input),
  'clients.updateAddress': ({ ctx }, input) => updateAddress(ctx, input),
  'clients.moveOutOfAddress': ({ ctx }, input) => moveOutOfAddress(ctx, input),
  'clients.verifyAddress': ({ ctx }, input) => verifyAddress(ctx, input),
  'clients.addAssociate': ({ ctx }, input) => addAssociate(ctx, input),
  'clients.updateAssociate': ({ ctx }, input) => updateAssociate(ctx, input),
  'clients.removeAssociate': ({ ctx }, input) => removeAssociate(ctx, input),
  'clients.addCourtCase': ({ ctx }, input) => addCourtCase(ctx, input),
  'clients.updateCourtCase': ({ ctx }, input) => updateCourtCase(ctx, input),
  'clients.addCondition': ({ ctx }, input) => addCondition(ctx, input),
  'clients.updateCondition': ({ ctx }, input) => updateCondition(ctx, input),
  'clients.setConditionStatus': ({ ctx }, input) => setConditionStatus(ctx, input),
  'clients.setStatus': ({ ctx }, input) => changeStatus(ctx, input),
  'clients.reopen': ({ ctx }, input) => reopenClient(ctx, input),
  'clients.transfer': ({ ctx }, input) => transferClient(ctx, input),
};
