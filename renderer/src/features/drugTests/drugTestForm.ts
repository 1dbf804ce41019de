import type { z } from 'zod';
import type { drugTestFieldsSchema } from '../../../../electron/api/drugTests/drugTestsSchemas';
import { nowLocal } from '../../../../electron/api/shared/fieldSchemas';
import type { Unchosen } from '../clients/clientForms';

export type DrugTestForm = Unchosen<z.output<typeof drugTestFieldsSchema>, 'method'>;
export type PanelRowForm = DrugTestForm['panel'][number];

/** The usual five-panel screen; the officer changes the result of what was found and adds or removes substances. */
const USUAL_PANEL = ['THC', 'cocaine', 'opiates', 'amphetamines', 'benzodiazepines'];

export const blankPanelRow = (): PanelRowForm => ({ substance: '', result: 'negative' });

export const blankDrugTest = (noteId: number | null): DrugTestForm => ({
  collectedAt: nowLocal(),
  method: null,
  panel: USUAL_PANEL.map((substance) => ({ substance, result: 'negative' })),
  admittedUse: false,
  sentForLab: false,
  noteId,
  notes: '',
});
