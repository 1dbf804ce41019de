import { Group, Select, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { COURT_REPORT_TYPES } from '../../../../electron/api/courtReports/courtReportsCodes';
import { REPORT_TYPE_LABELS } from '../../../../electron/api/courtReports/courtReportsSchemas';
import { today } from '../../../../electron/api/shared/fieldSchemas';
import { useReportChange } from '../../api/courtReports';
import { paths } from '../../app/paths';
import { FormModal } from '../../components/FormModal';
import { notifySuccess } from '../../components/notifySuccess';
import { useChannelForm } from '../../components/useChannelForm';

const TYPE_OPTIONS = COURT_REPORT_TYPES.map((value) => ({ value, label: REPORT_TYPE_LABELS[value] }));

/** Chooses the type, the period the record is read for and the court's due date, then opens the pre-filled draft. */
export function NewReportModal({ clientId, supervisionStartDate, onClose }: { clientId: number; supervisionStartDate: string; onClose: () => void }) {
  const navigate = useNavigate();
  const { form, submit, formError, pending } = useChannelForm('courtReports.create', useReportChange('courtReports.create'), {
    initialValues: { clientId, reportType: 'progress', periodStart: supervisionStartDate, periodEnd: today(), courtDueDate: '' },
    onSaved: (report) => {
      notifySuccess('Draft created from the record.');
      void navigate(paths.courtReport(report.id));
    },
  });
  return (
    <FormModal title="New court report" submitLabel="Create draft" pending={pending} error={formError} onSubmit={submit} onClose={onClose} size="md">
      <Select label="Type of report" data={TYPE_OPTIONS} allowDeselect={false} data-autofocus {...form.getInputProps('reportType')} />
      <Group grow align="flex-start">
        <TextInput label="Period from" type="date" {...form.getInputProps('periodStart')} />
        <TextInput label="Period to" type="date" {...form.getInputProps('periodEnd')} />
      </Group>
      <TextInput label="Due to the court" description="Optional; shows on the Reports page until exported." type="date" {...form.getInputProps('courtDueDate')} />
    </FormModal>
  );
}
