import type { ChannelOutput } from '../../../../electron/api/contract';

/** A note as the contact log lists it, with its addenda and reviews. */
export type NoteRow = ChannelOutput<'caseNotes.list'>['rows'][number];
export type DrugTestRow = ChannelOutput<'drugTests.list'>[number];
