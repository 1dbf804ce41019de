import { useState } from 'react';
import { useSaveIntakeDraft } from '../../api/intakeDrafts';
import { draftData, draftLabel, type IntakeFormValues } from './intakeForm';

/**
 * Saves the intake as the officer's draft: the first save creates it, later ones update the same draft, and
 * the intake deletes it when the client is created.
 */
export function useDraftSaver(resumedId: number | null) {
  const save = useSaveIntakeDraft();
  const [draftId, setDraftId] = useState(resumedId);
  const [savedAt, setSavedAt] = useState<string | null>(null);

  const saveDraft = (values: IntakeFormValues, step: number, onSaved?: () => void) => {
    // A second save while the first creates the draft would create another one.
    if (save.isPending) return;
    save.mutate(
      { id: draftId, label: draftLabel(values), data: draftData(step, values) },
      {
        onSuccess: (draft) => {
          setDraftId(draft.id);
          setSavedAt(draft.updatedAt);
          onSaved?.();
        },
      },
    );
  };

  return { draftId, savedAt, saveDraft, saving: save.isPending, error: save.error };
}
