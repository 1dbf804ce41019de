import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Channel, ChannelInput } from '../../../electron/api/contract';
import { call } from './client';
import { queryKeys } from './queryKeys';
import { useChannelMutation } from './channelMutation';

/** One page of a client's contact log; the page on screen stays while the next loads. */
export function useNotes(input: ChannelInput<'caseNotes.list'>) {
  return useQuery({ queryKey: queryKeys.caseNotes.list(input), queryFn: () => call('caseNotes.list', input), placeholderData: keepPreviousData });
}

export type NoteChange = Exclude<Extract<Channel, `caseNotes.${string}`>, 'caseNotes.list' | 'caseNotes.get'>;

/**
 * Deleting a draft unlinks it from drug tests and violations, so those lists are refreshed with the log; every
 * timeline too, since an addendum or a review does not say whose note it is on. A signed contact changes the
 * client's contact standing (the profile's banner, the dashboard), which the schedule domain holds.
 */
export function useNoteChange<C extends NoteChange>(channel: C) {
  return useChannelMutation(channel, () => [queryKeys.caseNotes.all, queryKeys.drugTests.all, queryKeys.violations.all, queryKeys.timeline.all, queryKeys.schedule.all, queryKeys.reviews.queue]);
}
