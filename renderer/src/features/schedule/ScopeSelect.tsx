import { Select } from '@mantine/core';
import type { ChannelInput } from '../../../../electron/api/contract';
import { useActiveSession } from '../../app/ActiveSession';
import { useDirectory } from '../../api/users';
import { officerOptions } from '../clients/officerOptions';

export type ScheduleScope = Pick<ChannelInput<'schedule.dashboard'>, 'scope' | 'officerId'> & { scope: 'mine' | 'officer' | 'team'; officerId: number | null };
export const MY_SCHEDULE: ScheduleScope = { scope: 'mine', officerId: null };

const encode = (scope: ScheduleScope) => (scope.scope === 'officer' ? `officer:${scope.officerId}` : scope.scope);
const decode = (value: string): ScheduleScope =>
  value.startsWith('officer:') ? { scope: 'officer', officerId: Number(value.slice(8)) } : { scope: value as 'mine' | 'team', officerId: null };

/** The one officer whose calendar a scope shows, for booking and exports; the team's is the signed-in user's own. */
export const officerOfScope = (scope: ScheduleScope, userId: number) => (scope.scope === 'officer' && scope.officerId !== null ? scope.officerId : userId);

/** Whose schedule to show; officers see their own only, so they get no choice. */
export function ScopeSelect({ value, onChange }: { value: ScheduleScope; onChange: (scope: ScheduleScope) => void }) {
  const { user } = useActiveSession();
  const directory = useDirectory().data ?? [];
  if (user.role === 'officer') return null;
  const others = officerOptions(directory.filter((entry) => entry.id !== user.id)).map((option) => ({ ...option, value: `officer:${option.value}` }));
  return (
    <Select
      label="Schedule of"
      w={280}
      allowDeselect={false}
      data={[{ value: 'mine', label: 'My schedule' }, { value: 'team', label: 'My team' }, ...others]}
      value={encode(value)}
      onChange={(next) => next && onChange(decode(next))}
    />
  );
}
