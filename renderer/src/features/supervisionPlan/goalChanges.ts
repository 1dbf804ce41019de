import { formatDate } from '../clients/formatClient';
import { needAreaLabel } from '../clients/needAreaLabel';
import { GOAL_STATUS_LABELS } from './planLabels';
import type { GoalSnapshot } from './planTypes';

const dateOrNone = (date: string | null) => formatDate(date) || 'none';

/** What a goal was set as: the lines a court reads for the plan's first version of it. */
function setAs(goal: GoalSnapshot): string[] {
  return [
    `Goal: ${goal.goal}`,
    `Need area: ${needAreaLabel(goal.needArea)}`,
    `Status: ${GOAL_STATUS_LABELS[goal.status]}`,
    ...(goal.targetDate ? [`Target date: ${formatDate(goal.targetDate)}`] : []),
    ...goal.actionSteps.map((step) => `Action step: ${step.text}${step.done ? ' (done)' : ''}`),
  ];
}

/** The action steps added, removed, done or reopened, matched by their text. */
function stepChanges(before: GoalSnapshot['actionSteps'], after: GoalSnapshot['actionSteps']): string[] {
  const was = new Map(before.map((step) => [step.text, step.done]));
  const now = new Set(after.map((step) => step.text));
  return [
    ...after.flatMap((step) => {
      if (!was.has(step.text)) return [`Action step added: ${step.text}${step.done ? ' (done)' : ''}`];
      if (was.get(step.text) !== step.done) return [`Action step ${step.done ? 'done' : 'reopened'}: ${step.text}`];
      return [];
    }),
    ...before.filter((step) => !now.has(step.text)).map((step) => `Action step removed: ${step.text}`),
  ];
}

/** One entry of a goal's history in words: everything it was set as, or what changed from the version before. */
export function goalChanges(before: GoalSnapshot | null, after: GoalSnapshot): string[] {
  if (before === null) return setAs(after);
  const lines = [
    ...(before.goal !== after.goal ? [`Goal: "${before.goal}" → "${after.goal}"`] : []),
    ...(before.needArea !== after.needArea ? [`Need area: ${needAreaLabel(before.needArea)} → ${needAreaLabel(after.needArea)}`] : []),
    ...(before.status !== after.status ? [`Status: ${GOAL_STATUS_LABELS[before.status]} → ${GOAL_STATUS_LABELS[after.status]}`] : []),
    ...(before.targetDate !== after.targetDate ? [`Target date: ${dateOrNone(before.targetDate)} → ${dateOrNone(after.targetDate)}`] : []),
    ...stepChanges(before.actionSteps, after.actionSteps),
  ];
  return lines.length ? lines : ['Saved without changes to the goal.'];
}
