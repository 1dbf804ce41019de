import type { LAB_RESULTS, PanelResult } from '../../../../electron/api/drugTests/drugTestsCodes';
import type { Labels } from '../clients/clientLabels';

export const PANEL_RESULT_LABELS: Record<PanelResult, string> = {
  negative: 'Negative',
  positive: 'Positive',
  dilute: 'Dilute',
  invalid: 'Invalid',
  refused: 'Refused',
};

export const PANEL_RESULT_COLORS: Record<PanelResult, string> = { negative: 'green', positive: 'red', dilute: 'yellow', invalid: 'gray', refused: 'red' };

export const LAB_RESULT_LABELS: Labels<typeof LAB_RESULTS> = { confirmed_positive: 'Confirmed positive', negative: 'Negative', inconclusive: 'Inconclusive' };
