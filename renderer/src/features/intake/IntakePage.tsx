import { useParams } from 'react-router';
import { useIntakeDraft } from '../../api/intakeDrafts';
import { useSettings } from '../../api/settings';
import { useDirectory } from '../../api/users';
import { useActiveSession } from '../../app/ActiveSession';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatLocalTime } from '../../components/formatTime';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { officerOptions } from '../clients/officerOptions';
import { blankIntake, readDraftData } from './intakeForm';
import { IntakeWizard } from './IntakeWizard';

/** /intake starts a new intake; /intake/:draftId resumes a saved draft at the step it was saved on. */
export function IntakePage() {
  const { user } = useActiveSession();
  const { draftId } = useParams();
  const resumedId = draftId === undefined ? null : Number(draftId);
  const settings = useSettings();
  const directory = useDirectory();
  const draft = useIntakeDraft(resumedId);
  const error = settings.error ?? directory.error ?? draft.error;
  const ready = settings.data && directory.data && (resumedId === null || draft.data);

  return (
    <>
      <PageHeader
        title="New intake"
        description={
          draft.data
            ? `Resuming “${draft.data.label}”, saved ${formatLocalTime(draft.data.updatedAt)}.`
            : 'Take in a client referred by the court. Save a draft at any step and finish later.'
        }
      />
      <ErrorAlert error={error} />
      {!ready && !error && <PageLoader />}
      {ready && (
        <IntakeWizard
          // A different draft (or a new intake) is a different form.
          key={resumedId ?? 'new'}
          resumedDraftId={resumedId}
          start={
            draft.data
              ? readDraftData(draft.data.data, blankIntake(settings.data, null), settings.data.riskInstrument)
              : { step: 0, values: blankIntake(settings.data, user.role === 'admin' ? null : user.id) }
          }
          instrument={settings.data.riskInstrument}
          officers={officerOptions(directory.data)}
          canChooseOfficer={user.role !== 'officer'}
        />
      )}
    </>
  );
}
