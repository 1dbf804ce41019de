import { NavLink, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useActiveSession } from './ActiveSession';
import { paths } from './paths';

/** Casework, for every role: supervisors and administrators see more of the caseload, and their review queue. */
const WORK_PAGES = [
  { to: paths.caseload, label: 'Caseload' },
  { to: paths.schedule, label: 'Schedule' },
  { to: paths.intake, label: 'New intake' },
  { to: paths.agencies, label: 'Agency directory' },
  { to: paths.courtReports, label: 'Court reports' },
  { to: paths.insights, label: 'Insights' },
  { to: paths.opportunities, label: 'Opportunities' },
];

const ADMIN_PAGES = [
  { to: paths.users, label: 'Users' },
  { to: paths.audit, label: 'Audit log' },
  { to: paths.settings, label: 'Office settings' },
  { to: paths.backups, label: 'Backups' },
  { to: paths.workstations, label: 'Workstations' },
  { to: paths.reportTemplates, label: 'Report templates' },
];

function PageLink({ to, label, onNavigate }: { to: string; label: string; onNavigate: () => void }) {
  const { pathname } = useLocation();
  const active = pathname === to;
  return <NavLink component={Link} to={to} label={label} active={active} aria-current={active ? 'page' : undefined} onClick={onNavigate} />;
}

/** Lists only pages that exist and that the signed-in role may open. */
export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { user } = useActiveSession();
  return (
    <Stack gap={4}>
      <PageLink to={paths.home} label="Home" onNavigate={onNavigate} />
      {WORK_PAGES.map((page) => (
        <PageLink key={page.to} {...page} onNavigate={onNavigate} />
      ))}
      {user.role !== 'officer' && <PageLink to={paths.reviews} label="Review queue" onNavigate={onNavigate} />}
      {user.role === 'admin' && (
        <div role="group" aria-labelledby="nav-administration">
          <Text id="nav-administration" size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
            Administration
          </Text>
          {ADMIN_PAGES.map((page) => (
            <PageLink key={page.to} {...page} onNavigate={onNavigate} />
          ))}
        </div>
      )}
    </Stack>
  );
}
