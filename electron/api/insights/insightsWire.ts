import type { ClientStatus, SupervisionLevel } from '../clients/clientsCodes';
import type { CourtReportStatus, CourtReportType } from '../courtReports/courtReportsCodes';
import type { AppointmentView } from '../schedule/scheduleWire';
import type { FigureId, OpportunityKind, Unit } from './insightsSchemas';

/*
 * The insights' read models, built field by field by services/insights: they cross as they are (returns<Type>()),
 * and hold no rows, only the fields declared here.
 */

/** An officer whose caseload a filter covers, by name. */
export interface OfficerRef {
  id: number;
  fullName: string;
}

export type ChartKind = 'bar' | 'stacked' | 'line';
/** Where a number leads: the caseload page's filters (row = level, series = status) or the list of clients behind it. */
export type FigureDrill = 'caseload' | 'records';

export interface FigureSeries {
  key: string;
  label: string;
  unit: Unit;
}

export interface FigureRow {
  key: string;
  label: string;
  /** Null where a number does not apply (an average over no records, a rate of nothing tested). */
  values: Record<string, number | null>;
}

export interface Figure {
  id: FigureId;
  title: string;
  description: string;
  chart: ChartKind;
  rowLabel: string;
  drill: FigureDrill;
  series: FigureSeries[];
  rows: FigureRow[];
}

export interface InsightsPage {
  today: string;
  from: string;
  to: string;
  officers: OfficerRef[];
  figures: Figure[];
}

/** A client in a figure's records, with the officer the client is assigned to. */
export interface FigureClient {
  id: number;
  caseNumber: string;
  firstName: string;
  lastName: string;
  status: ClientStatus;
  supervisionLevel: SupervisionLevel;
  officerName: string;
}

export interface FigureRecord {
  client: FigureClient;
  records: number;
  amount: number;
}

export interface FigureRecords {
  /** The figure's title and the row's label. */
  title: string;
  row: string;
  series: string;
  unit: Unit;
  rows: FigureRecord[];
}

export interface ReportDue {
  reportId: number;
  reportType: CourtReportType;
  status: CourtReportStatus;
  courtDueDate: string;
  clientId: number;
  clientName: string;
  caseNumber: string;
  overdue: boolean;
}

export interface CourtDates {
  today: string;
  reportsDue: ReportDue[];
  hearings: AppointmentView[];
}

export const CRITERIA = ['monthsSupervised', 'violationFree', 'negativeTests', 'serviceHours', 'restitution', 'pendingCharges'] as const;
export type CriterionKey = (typeof CRITERIA)[number];

export interface CriterionResult {
  criterion: CriterionKey;
  /** What the office asks, e.g. "12 months under supervision". */
  label: string;
  met: boolean;
  /** The facts from the record, e.g. "Under supervision since 2024-01-05 (23 months)". */
  detail: string;
}

export interface Opportunity {
  client: {
    id: number;
    caseNumber: string;
    firstName: string;
    lastName: string;
    supervisionLevel: SupervisionLevel;
    supervisionStartDate: string;
    assignedOfficerId: number;
    officerName: string;
  };
  eligible: boolean;
  criteria: CriterionResult[];
}

export interface Opportunities {
  kind: OpportunityKind;
  today: string;
  enabled: boolean;
  /** Clients weighed against the criteria. */
  considered: number;
  /** Those meeting every criterion, then those missing exactly one. */
  eligible: Opportunity[];
  nearlyEligible: Opportunity[];
}
