import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../electron/api/contract';
import { downloadTextFile } from '../components/downloadTextFile';
import { saveBinaryFile } from '../components/saveBinaryFile';
import { useChannelMutation } from './channelMutation';
import { call } from './client';
import { queryKeys } from './queryKeys';

/** The calendar's appointments for the range on screen; the previous range stays while the next loads. */
export function useAppointments(input: ChannelInput<'appointments.list'>) {
  return useQuery({ queryKey: queryKeys.schedule.list(input), queryFn: () => call('appointments.list', input), placeholderData: keepPreviousData });
}

export function useAppointment(appointmentId: number) {
  return useQuery({ queryKey: queryKeys.schedule.appointment(appointmentId), queryFn: () => call('appointments.get', { appointmentId }) });
}

export function useScheduleDashboard(input: ChannelInput<'schedule.dashboard'>) {
  return useQuery({ queryKey: queryKeys.schedule.dashboard(input), queryFn: () => call('schedule.dashboard', input) });
}

export function useContactStanding(clientId: number) {
  return useQuery({ queryKey: queryKeys.schedule.standing(clientId), queryFn: () => call('schedule.contactStanding', { clientId }) });
}

export function useFieldDay(input: ChannelInput<'schedule.fieldDay'>) {
  return useQuery({ queryKey: queryKeys.schedule.fieldDay(input), queryFn: () => call('schedule.fieldDay', input) });
}

type AppointmentChange = 'appointments.create' | 'appointments.updateOccurrence' | 'appointments.updateFollowing' | 'appointments.cancel';

/** A booking or cancellation changes the calendar and the dashboard. */
export function useAppointmentChange<C extends AppointmentChange>(channel: C) {
  return useChannelMutation(channel, () => [queryKeys.schedule.all]);
}

/** An outcome makes (or updates) a case note, which changes the contact log, the timeline and the client's standing. */
export function useSetOutcome() {
  return useChannelMutation('appointments.setOutcome', () => [queryKeys.schedule.all, queryKeys.caseNotes.all, queryKeys.timeline.all, queryKeys.clients.all]);
}

export function useExportIcs() {
  return useMutation({ mutationFn: (input: ChannelInput<'schedule.exportIcs'>) => call('schedule.exportIcs', input), onSuccess: (file) => downloadTextFile(file.filename, file.content, 'text/calendar') });
}

export function useExportItinerary() {
  return useMutation({ mutationFn: (input: ChannelInput<'schedule.exportItinerary'>) => call('schedule.exportItinerary', input), onSuccess: saveBinaryFile });
}
