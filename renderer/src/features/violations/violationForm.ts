import { z } from 'zod';
import { responseSchema, violationSchema, type ViolationInput } from '../../../../electron/api/violations/violationsSchemas';
import { recordId, today } from '../../../../electron/api/shared/fieldSchemas';
import type { Unchosen } from '../clients/clientForms';

export type ViolationForm = Unchosen<ViolationInput, 'severity'>;
export type ResponseForm = Unchosen<z.output<typeof responseSchema>, 'responseType'>;

export const blankViolation = (): ViolationForm => ({ conditionId: null, violationDate: today(), description: '', severity: null, noteIds: [], drugTestIds: [] });

export const blankResponse = (): ResponseForm => ({ responseDate: today(), responseType: null, sanction: null, details: '' });

/** A sanction is named only for a graduated sanction; switching the response away from one drops it. */
export const responseInputOf = (response: ResponseForm) => ({ ...response, sanction: response.responseType === 'graduated_sanction' ? response.sanction : null });

/** A new violation and, optionally, the response already given (a warning on the spot): two calls, checked together first. */
export const newViolationSchema = z.object({ clientId: recordId('a client'), violation: violationSchema, response: responseSchema.nullable() });

/** The host refuses a response dated before its violation; the form says so under the date before sending. */
export function responseDateCheck(violationDate: string, response: ResponseForm, path: string) {
  return response.responseType && response.responseDate && violationDate && response.responseDate < violationDate
    ? { [path]: 'The response cannot be dated before the violation.' }
    : {};
}
