import type { GOAL_STATUSES } from '../../../../electron/api/supervisionPlan/supervisionPlanCodes';

type GoalStatus = (typeof GOAL_STATUSES)[number];

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = { open: 'Open', in_progress: 'In progress', achieved: 'Achieved', discontinued: 'Discontinued' };

export const GOAL_STATUS_COLORS: Record<GoalStatus, string> = { open: 'blue', in_progress: 'orange', achieved: 'green', discontinued: 'gray' };
