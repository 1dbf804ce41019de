import { useChannelMutation } from './channelMutation';
import { useChannelQuery } from './channelQuery';

export const useDrugTests = (clientId: number) => useChannelQuery('drugTests.list', { clientId });

export const useDrugTestChange = <C extends 'drugTests.create' | 'drugTests.recordLabResult'>(channel: C) => useChannelMutation(channel, ['drugTests', 'timeline']);
