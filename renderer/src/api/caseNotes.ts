import { keepPreviousData } from '@tanstack/react-query';
import type { Channel, ChannelInput } from '../../../electron/api/contract';
import { useChannelMutation } from './channelMutation';
import { useChannelQuery } from './channelQuery';

/** One page of a client's contact log; the page on screen stays while the next loads. */
export const useNotes = (input: ChannelInput<'caseNotes.list'>) => useChannelQuery('caseNotes.list', input, { placeholderData: keepPreviousData });

export type NoteChange = Exclude<Extract<Channel, `caseNotes.${string}`>, 'caseNotes.list' | 'caseNotes.get'>;

/**
 * Deleting a draft unlinks it from drug tests and violations, so those lists are refreshed with the log; every
 * timeline too, since an addendum or a review does not say whose note it is on. A signed contact changes the
 * client's contact standing (the profile's banner, the dashboard), which the schedule domain holds.
 */
export const useNoteChange = <C extends NoteChange>(channel: C) => useChannelMutation(channel, ['caseNotes', 'drugTests', 'violations', 'timeline', 'schedule', 'reviews']);
