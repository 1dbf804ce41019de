import { notifications } from '@mantine/notifications';

/** Confirms a saved change; failures are shown in the form instead, next to what caused them. */
export function notifySuccess(message: string) {
  notifications.show({ color: 'green', message });
}
