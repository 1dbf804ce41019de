import { FactList } from '../../components/FactList';
import type { HomeVisitChecklist } from '../../../../electron/api/caseNotes/caseNotesSchemas';

const yesNo = (answer: boolean) => (answer ? 'Yes' : 'No');

const curfew = (kept: boolean | null) => (kept === null ? 'No curfew, or not checked' : kept ? 'Kept' : 'Not kept');

/** The checklist of a home-visit note, as answered. */
export function HomeVisitView({ visit }: { visit: HomeVisitChecklist }) {
  return (
    <FactList
      facts={[
        ['Residence verified', yesNo(visit.residenceVerified)],
        ['Client present', yesNo(visit.clientPresent)],
        ['Others present', visit.othersPresent ? `Yes: ${visit.othersPresentWho}` : 'No'],
        ['Contraband, drugs or weapons', visit.contrabandObserved ? `Observed: ${visit.contrabandDetails}` : 'None observed'],
        ['Curfew', curfew(visit.curfewCompliant)],
        ['Photos', visit.photosAttached ? [`${visit.photosAttached} taken`, visit.photoNotes].filter(Boolean).join(': ') : 'None'],
        ['Living conditions', visit.livingConditions],
      ]}
    />
  );
}
