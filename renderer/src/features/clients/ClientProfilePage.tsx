import { Tabs, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useClientProfile } from '../../api/clients';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { ClientFormModal } from './dialogs/ClientFormModal';
import { ProfileHeader } from './ProfileHeader';
import { AddressesTab } from './tabs/AddressesTab';
import { AssessmentsTab } from './tabs/AssessmentsTab';
import { AssociatesTab } from './tabs/AssociatesTab';
import { BackgroundTab } from './tabs/BackgroundTab';
import { CourtTab } from './tabs/CourtTab';
import { OverviewTab } from './tabs/OverviewTab';
import { StatusTab } from './tabs/StatusTab';
import { ContactLogTab } from '../caseNotes/ContactLogTab';
import { ViolationsTab } from '../violations/ViolationsTab';
import { ComplianceTab } from '../compliance/ComplianceTab';
import { ReferralsTab } from '../referrals/ReferralsTab';
import { SupervisionPlanTab } from '../supervisionPlan/SupervisionPlanTab';
import { TimelineTab } from '../timeline/TimelineTab';
import { ContactStandingBar } from '../schedule/ContactStandingBar';
import { ClientReportsTab } from '../courtReports/ClientReportsTab';
import classes from './ClientProfilePage.module.css';

const TABS = [
  { value: 'overview', label: 'Overview', Panel: OverviewTab },
  { value: 'contacts', label: 'Contact log', Panel: ContactLogTab },
  { value: 'timeline', label: 'Timeline', Panel: TimelineTab },
  { value: 'court', label: 'Court & conditions', Panel: CourtTab },
  { value: 'compliance', label: 'Compliance', Panel: ComplianceTab },
  { value: 'plan', label: 'Supervision plan', Panel: SupervisionPlanTab },
  { value: 'referrals', label: 'Referrals', Panel: ReferralsTab },
  { value: 'addresses', label: 'Addresses', Panel: AddressesTab },
  { value: 'associates', label: 'Associates', Panel: AssociatesTab },
  { value: 'background', label: 'Background', Panel: BackgroundTab },
  { value: 'assessments', label: 'Assessments', Panel: AssessmentsTab },
  { value: 'violations', label: 'Violations', Panel: ViolationsTab },
  { value: 'reports', label: 'Court reports', Panel: ClientReportsTab },
  { value: 'status', label: 'Status', Panel: StatusTab },
] as const;
type TabValue = (typeof TABS)[number]['value'];

/** A client's whole record: header, then one tab per part; the open tab is in the URL (?tab=court). */
export function ClientProfilePage() {
  const { clientId } = useParams();
  const id = Number(clientId);
  const [params, setParams] = useSearchParams();
  const tab: TabValue = TABS.find((t) => t.value === params.get('tab'))?.value ?? 'overview';
  const profile = useClientProfile(id);
  const [editingAlerts, setEditingAlerts] = useState(false);

  if (!profile.data) {
    return (
      <>
        <PageHeader title="Client record" />
        <ErrorAlert error={profile.error} />
        {profile.isPending && <PageLoader />}
      </>
    );
  }

  const { client } = profile.data;
  return (
    <>
      <ProfileHeader client={client} onEditAlerts={() => setEditingAlerts(true)} standing={<ContactStandingBar clientId={client.id} />} />
      <Tabs value={tab} onChange={(value) => setParams(value && value !== 'overview' ? { tab: value } : {}, { replace: true })} keepMounted={false}>
        {/* One row that scrolls sideways rather than two rows of tabs; the arrow keys move along it and bring the tab into view. */}
        <Tabs.List aria-label="Parts of the record" mb="md" className={classes.tabs}>
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map(({ value, Panel }) => (
          <Tabs.Panel key={value} value={value}>
            <Panel profile={profile.data} />
          </Tabs.Panel>
        ))}
      </Tabs>
      {editingAlerts && (
        <ClientFormModal
          channel="clients.updateSafetyAlerts"
          title="Safety alerts"
          submitLabel="Save safety alerts"
          initialValues={{ clientId: client.id, safetyAlerts: client.safetyAlerts }}
          savedMessage="Safety alerts saved."
          onClose={() => setEditingAlerts(false)}
        >
          {(form) => (
            <Textarea
              label="Safety alerts"
              description="Shown at the top of the record: violence, weapons, dogs at the address, officer safety. Leave empty for none."
              autosize
              minRows={3}
              data-autofocus
              {...form.getInputProps('safetyAlerts')}
            />
          )}
        </ClientFormModal>
      )}
    </>
  );
}
