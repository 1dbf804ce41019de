import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { useReportChange, type CourtReportDetail } from '../../api/courtReports';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notifySuccess';
import { useChannelForm } from '../../components/useChannelForm';
import { ReportSections, type ReportFormValues } from './ReportSections';

type Intent = 'save' | 'refresh' | 'submit';
const DONE: Record<Intent, string> = { save: 'Draft saved.', refresh: 'Saved and refreshed from the record.', submit: 'Report submitted for review.' };

/**
 * The author's draft: narratives, recommendation and due date. Every action saves the text first, so refreshing
 * the record's data or submitting never loses what was typed.
 */
export function DraftEditor({ report }: { report: CourtReportDetail }) {
  const intent = useRef<Intent>('save');
  // The version this editor last saved or loaded: a save made on it is refused if someone else saved since.
  const version = useRef(report.rowVersion);
  const refresh = useReportChange('courtReports.refresh');
  const submitReport = useReportChange('courtReports.submit');
  const { form, submit, formError, pending } = useChannelForm('courtReports.update', useReportChange('courtReports.update'), {
    initialValues: {
      reportId: report.id,
      narratives: Object.fromEntries(report.sections.map((s) => [s.key, s.narrative])),
      recommendation: report.recommendation,
      courtDueDate: report.courtDueDate ?? '',
    } satisfies ReportFormValues,
    toInput: (values) => ({ ...values, version: version.current }),
    onSaved: (saved) => {
      version.current = saved.rowVersion;
      const next = intent.current;
      if (next === 'save') return notifySuccess(DONE.save);
      const after = {
        onSuccess: (changed: { rowVersion: number }) => {
          version.current = changed.rowVersion;
          notifySuccess(DONE[next]);
        },
      };
      if (next === 'refresh') refresh.mutate({ reportId: report.id }, after);
      else submitReport.mutate({ reportId: report.id }, { ...after, onError: (error) => form.setFieldError('recommendation', error.message) });
    },
  });
  const run = (next: Intent) => {
    intent.current = next;
    submit();
  };
  return (
    <form onSubmit={(event) => (event.preventDefault(), run('save'))} noValidate>
      <Stack>
        <TextInput label="Due to the court" type="date" maw={240} {...form.getInputProps('courtDueDate')} />
        <ReportSections sections={report.sections} recommendation={report.recommendation} form={form} />
        <ErrorAlert error={formError ?? refresh.error} />
        <Group justify="flex-end">
          <Button variant="default" loading={refresh.isPending} disabled={pending} onClick={() => run('refresh')}>
            Refresh from record
          </Button>
          <Button type="submit" variant="default" loading={pending}>
            Save draft
          </Button>
          <Button loading={submitReport.isPending} disabled={pending} onClick={() => run('submit')}>
            Submit for review
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
