import { CONDITION_TYPE_LABELS } from '../clients/clientLabels';
import type { ConditionRow } from '../clients/profileTypes';

/** "3. Drug testing: Submit to drug and alcohol testing…", numbered as the profile's conditions table numbers them. */
export const conditionLabel = (condition: ConditionRow, index: number) => `${index + 1}. ${CONDITION_TYPE_LABELS[condition.type]}: ${condition.text}`;
