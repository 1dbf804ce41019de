import { keepPreviousData } from '@tanstack/react-query';
import type { ChannelInput } from '../../../electron/api/contract';
import { downloadTextFile } from '../components/downloadTextFile';
import { saveBinaryFile } from '../components/saveBinaryFile';
import { useChannelMutation } from './channelMutation';
import { useChannelQuery } from './channelQuery';

/** The calendar's appointments for the range on screen; the previous range stays while the next loads. */
export const useAppointments = (input: ChannelInput<'appointments.list'>) => useChannelQuery('appointments.list', input, { placeholderData: keepPreviousData });
export const useAppointment = (appointmentId: number) => useChannelQuery('appointments.get', { appointmentId });
export const useScheduleDashboard = (input: ChannelInput<'schedule.dashboard'>) => useChannelQuery('schedule.dashboard', input);
export const useContactStanding = (clientId: number) => useChannelQuery('schedule.contactStanding', { clientId });
export const useFieldDay = (input: ChannelInput<'schedule.fieldDay'>) => useChannelQuery('schedule.fieldDay', input);

type AppointmentChange = 'appointments.create' | 'appointments.updateOccurrence' | 'appointments.updateFollowing' | 'appointments.cancel';

/** A booking or cancellation changes the calendar and the dashboard (both the schedule domain). */
export const useAppointmentChange = <C extends AppointmentChange>(channel: C) => useChannelMutation(channel);

/** An outcome makes (or updates) a case note, which changes the contact log, the timeline and the client's standing. */
export const useSetOutcome = () => useChannelMutation('appointments.setOutcome', ['schedule', 'caseNotes', 'timeline', 'clients']);

export const useExportIcs = () => useChannelMutation('schedule.exportIcs', [], (file) => downloadTextFile(file.filename, file.content, 'text/calendar'));
export const useExportItinerary = () => useChannelMutation('schedule.exportItinerary', [], saveBinaryFile);
