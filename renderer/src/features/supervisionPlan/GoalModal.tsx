import { Select, Stack, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useAddGoal, useUpdateGoal } from '../../api/supervisionPlan';
import { ChannelFormModal } from '../../components/ChannelFormModal';
import { formScope } from '../../components/formScope';
import { optionsOf } from '../clients/clientLabels';
import { needAreaLabel } from '../clients/needAreaLabel';
import { GoalFields } from './GoalFields';
import type { needAreaChoices } from './needAreaChoices';
import { GOAL_STATUS_LABELS } from './planLabels';
import type { GoalForm, PlanGoal } from './planTypes';

const STATUS_OPTIONS = optionsOf(GOAL_STATUS_LABELS);

/** Adding a goal, editing all of it, or only moving its status on: each saved change goes into its history. */
export type GoalDialog = { mode: 'add' } | { mode: 'edit' | 'status'; goal: PlanGoal };

interface GoalModalProps {
  clientId: number;
  dialog: GoalDialog;
  needAreas: ReturnType<typeof needAreaChoices>;
  onClose: () => void;
}

const blankGoal = (): GoalForm => ({ needArea: '', goal: '', actionSteps: [], targetDate: null, status: 'open' });

const goalForm = ({ needArea, goal, actionSteps, targetDate, status }: PlanGoal): GoalForm => ({ needArea: needAreaLabel(needArea), goal, actionSteps, targetDate, status });

type GoalValues = { goal: GoalForm; note: string };

function GoalBody({ form, statusOnly, needAreas }: { form: UseFormReturnType<GoalValues>; statusOnly: boolean; needAreas: string[] }) {
  const scope = formScope<GoalValues>(form);
  return (
    <Stack>
      {statusOnly ? (
        <Select label="New status" data={STATUS_OPTIONS} allowDeselect={false} data-autofocus {...scope.field('goal').props('status')} />
      ) : (
        <GoalFields scope={scope.field('goal')} needAreas={needAreas} />
      )}
      <Textarea
        label="Note for the plan's history"
        description="Why the goal was set or changed; kept with this version of the goal"
        autosize
        minRows={2}
        {...scope.props('note')}
      />
    </Stack>
  );
}

export function GoalModal({ clientId, dialog, needAreas, onClose }: GoalModalProps) {
  const add = useAddGoal();
  const update = useUpdateGoal();
  const toInput = <V extends GoalValues>(values: V) => ({ ...values, goal: { ...values.goal, needArea: needAreas.idOf(values.goal.needArea) } });

  if (dialog.mode === 'add') {
    return (
      <ChannelFormModal
        channel="plan.addGoal"
        mutation={add}
        title="Add goal"
        submitLabel="Add goal"
        size="xl"
        initialValues={{ clientId, goal: blankGoal(), note: '' }}
        toInput={toInput}
        savedMessage="Goal added to the plan."
        onClose={onClose}
      >
        {(form) => <GoalBody form={form} statusOnly={false} needAreas={needAreas.labels} />}
      </ChannelFormModal>
    );
  }
  const statusOnly = dialog.mode === 'status';
  return (
    <ChannelFormModal
      channel="plan.updateGoal"
      mutation={update}
      title={statusOnly ? 'Change goal status' : 'Edit goal'}
      submitLabel={statusOnly ? 'Change status' : 'Save goal'}
      size={statusOnly ? 'md' : 'xl'}
      initialValues={{ goalId: dialog.goal.id, version: dialog.goal.rowVersion, goal: goalForm(dialog.goal), note: '' }}
      toInput={toInput}
      savedMessage={(goal) => (statusOnly ? `The goal is now ${GOAL_STATUS_LABELS[goal.status].toLowerCase()}.` : 'Goal saved.')}
      onClose={onClose}
    >
      {(form) => <GoalBody form={form} statusOnly={statusOnly} needAreas={needAreas.labels} />}
    </ChannelFormModal>
  );
}
