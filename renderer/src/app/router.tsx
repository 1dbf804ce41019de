import { createBrowserRouter } from 'react-router';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { BackupsPage } from '../features/backup/BackupsPage';
import { CaseloadPage } from '../features/caseload/CaseloadPage';
import { ClientProfilePage } from '../features/clients/ClientProfilePage';
import { ReportEditorPage } from '../features/courtReports/ReportEditorPage';
import { ReportsPage } from '../features/courtReports/ReportsPage';
import { ReportTemplatesPage } from '../features/courtReports/ReportTemplatesPage';
import { HomePage } from '../features/home/HomePage';
import { FigureRecordsPage } from '../features/insights/FigureRecordsPage';
import { InsightsPage } from '../features/insights/InsightsPage';
import { OpportunitiesPage } from '../features/insights/OpportunitiesPage';
import { IntakePage } from '../features/intake/IntakePage';
import { AgencyDirectoryPage } from '../features/referrals/AgencyDirectoryPage';
import { ReviewQueuePage } from '../features/reviews/ReviewQueuePage';
import { FieldDayPage } from '../features/schedule/FieldDayPage';
import { SchedulePage } from '../features/schedule/SchedulePage';
import { WorkstationsPage } from '../features/office/WorkstationsPage';
import { OfficeSettingsPage } from '../features/settings/OfficeSettingsPage';
import { UsersPage } from '../features/users/UsersPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { paths } from './paths';
import { RequireAdmin } from './RequireAdmin';

/** The signed-in app's pages; everything before sign-in is chosen by the auth gate, not by URL. */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: paths.home, element: <HomePage /> },
      { path: paths.caseload, element: <CaseloadPage /> },
      { path: paths.agencies, element: <AgencyDirectoryPage /> },
      { path: paths.schedule, element: <SchedulePage /> },
      { path: '/schedule/field-day/:date', element: <FieldDayPage /> },
      { path: `${paths.intake}/:draftId?`, element: <IntakePage /> },
      { path: '/clients/:clientId', element: <ClientProfilePage /> },
      { path: paths.insights, element: <InsightsPage /> },
      { path: paths.insightsRecords, element: <FigureRecordsPage /> },
      { path: paths.opportunities, element: <OpportunitiesPage /> },
      { path: paths.courtReports, element: <ReportsPage /> },
      { path: '/reports/:reportId', element: <ReportEditorPage /> },
      { path: paths.reviews, element: <ReviewQueuePage /> },
      {
        element: <RequireAdmin />,
        children: [
          { path: paths.users, element: <UsersPage /> },
          { path: paths.audit, element: <AuditLogPage /> },
          { path: paths.settings, element: <OfficeSettingsPage /> },
          { path: paths.backups, element: <BackupsPage /> },
          { path: paths.workstations, element: <WorkstationsPage /> },
          { path: paths.reportTemplates, element: <ReportTemplatesPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
