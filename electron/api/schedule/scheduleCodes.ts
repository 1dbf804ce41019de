/** The schedule domain's codes as stored and sent: the database columns and the zod schemas both take them from here. */
export const APPOINTMENT_TYPES = ['office_visit', 'home_visit', 'field_visit', 'drug_test', 'program_session', 'court_hearing', 'other'] as const;
export type AppointmentType = (typeof APPOINTMENT_TYPES)[number];
export const APPOINTMENT_STATUSES = ['scheduled', 'completed', 'missed', 'cancelled', 'rescheduled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
/** Where an appointment happens: a room at the office, one of the client's addresses, or somewhere described in words. */
export const LOCATION_KINDS = ['office', 'client_address', 'other'] as const;
/** How one occurrence of a series differs from the rule: moved to another time, otherwise changed, or cancelled. */
export const SERIES_EXCEPTION_KINDS = ['moved', 'modified', 'cancelled'] as const;
