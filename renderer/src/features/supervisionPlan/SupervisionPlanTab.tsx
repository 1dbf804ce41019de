import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSettings } from '../../api/settings';
import { usePlan } from '../../api/supervisionPlan';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { SmallButton } from '../../components/SmallButton';
import { TitledSection } from '../../components/TitledSection';
import { needAreaLabel } from '../clients/needAreaLabel';
import type { ClientProfile } from '../clients/profileTypes';
import { GoalCard } from './GoalCard';
import { GoalHistory } from './GoalHistory';
import { GoalModal, type GoalDialog } from './GoalModal';
import { needAreaChoices } from './needAreaChoices';
import type { PlanGoal } from './planTypes';

/** Goals grouped by need area, in the order the areas were first given a goal. */
function byNeedArea(goals: PlanGoal[]): [string, PlanGoal[]][] {
  const areas = new Map<string, PlanGoal[]>();
  for (const goal of goals) areas.set(goal.needArea, [...(areas.get(goal.needArea) ?? []), goal]);
  return [...areas];
}

/** The supervision plan: goals by need area with their action steps; every change is kept and shown in each goal's history. */
export function SupervisionPlanTab({ profile }: { profile: ClientProfile }) {
  const clientId = profile.client.id;
  const plan = usePlan(clientId);
  const settings = useSettings();
  const [dialog, setDialog] = useState<GoalDialog | null>(null);
  const [historyOf, setHistoryOf] = useState<number | null>(null);

  if (!plan.data) return plan.isPending ? <PageLoader /> : <ErrorAlert error={plan.error} />;
  const goals = plan.data;
  const shownHistory = goals.find((goal) => goal.id === historyOf);
  const numberOf = new Map(goals.map((goal, index) => [goal.id, index + 1]));
  const needAreas = needAreaChoices(
    profile.assessments[0]?.needAreas ?? [],
    settings.data?.riskInstrument,
    goals.map((goal) => goal.needArea),
  );

  return (
    <TitledSection title="Supervision plan" actions={<SmallButton onClick={() => setDialog({ mode: 'add' })}>Add goal</SmallButton>}>
      <Stack>
        {goals.length === 0 && <Text c="dimmed">No goals set yet. Start from the need areas of the latest assessment.</Text>}
        {byNeedArea(goals).map(([area, areaGoals]) => (
          <Stack key={area} gap="xs" component="section" aria-label={`Need area: ${needAreaLabel(area)}`}>
            <Title order={3} size="h5">
              {needAreaLabel(area)}
            </Title>
            {areaGoals.map((goal) => {
              const name = `Goal ${numberOf.get(goal.id)}`;
              return (
                <GoalCard
                  key={goal.id}
                  goal={goal}
                  name={name}
                  onEdit={() => setDialog({ mode: 'edit', goal })}
                  onChangeStatus={() => setDialog({ mode: 'status', goal })}
                  onShowHistory={() => setHistoryOf(goal.id)}
                />
              );
            })}
          </Stack>
        ))}
      </Stack>
      {dialog && <GoalModal clientId={clientId} dialog={dialog} needAreas={needAreas} onClose={() => setDialog(null)} />}
      {shownHistory && <GoalHistory goal={shownHistory} onClose={() => setHistoryOf(null)} />}
    </TitledSection>
  );
}
