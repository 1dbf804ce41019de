import { AGENCY_KINDS } from '../../../../electron/api/referrals/referralsCodes';
import { AGENCY_KIND_LABELS } from './referralLabels';
import type { Agency } from './referralTypes';

/** Select options for the directory's agencies, grouped by the kind of service they give. */
export function agencyOptions(agencies: Agency[]) {
  return AGENCY_KINDS.map((kind) => ({
    group: AGENCY_KIND_LABELS[kind],
    items: agencies.filter((agency) => agency.kind === kind).map((agency) => ({ value: String(agency.id), label: agency.name })),
  })).filter((group) => group.items.length > 0);
}
