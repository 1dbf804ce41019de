import type { RiskInstrument } from '../../../../electron/api/settings/intakeSettingsSchemas';
import { needAreaLabel } from '../clients/needAreaLabel';

/**
 * The need areas a goal is usually set for, as the officer reads them: the latest assessment's first, then the
 * rest of the office's instrument and any area the plan already uses. Need areas are stored by id
 * (substance_use) where the instrument has one; an area the officer types is kept as typed.
 */
export function needAreaChoices(latestAssessed: string[], instrument: RiskInstrument | undefined, inPlan: string[]) {
  const fromInstrument = (instrument?.items ?? []).flatMap((item) => (item.needArea ? [item.needArea] : []));
  const ids = [...new Set([...latestAssessed, ...fromInstrument, ...inPlan])];
  const byLabel = new Map(ids.map((id) => [needAreaLabel(id).toLowerCase(), id]));
  return {
    labels: ids.map(needAreaLabel),
    /** The id for a label picked or typed, or the text itself when it names no known area. */
    idOf: (label: string) => byLabel.get(label.trim().toLowerCase()) ?? label,
  };
}
