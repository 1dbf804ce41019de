import { Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { COURT_REPORT_TYPES, type CourtReportType } from '../../../../electron/api/courtReports/courtReportsCodes';
import { REPORT_TYPE_LABELS } from '../../../../electron/api/courtReports/courtReportsSchemas';
import { useReportChange, useReportTemplates, type ReportTemplate } from '../../api/courtReports';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notifySuccess';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { SmallButton } from '../../components/SmallButton';
import { useChannelForm } from '../../components/useChannelForm';

/** One report type's sections: titles, guidance and boilerplate edited in place, order changed with the arrows. */
function TemplateForm({ template }: { template: ReportTemplate }) {
  const { form, submit, formError, pending } = useChannelForm('courtReports.updateTemplate', useReportChange('courtReports.updateTemplate'), {
    initialValues: template,
    onSaved: () => notifySuccess(`${REPORT_TYPE_LABELS[template.reportType]} template saved; new reports use it.`),
  });
  const sections = form.getValues().sections;
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {sections.map((section, index) => (
          <Paper key={section.key} withBorder p="md" component="fieldset" aria-label={`Section ${index + 1}`}>
            <Group justify="space-between" mb="xs">
              <Text size="sm" c="dimmed">
                Section {index + 1} · pre-fill key {section.key}
              </Text>
              <Group gap="xs">
                <SmallButton disabled={index === 0} onClick={() => form.reorderListItem('sections', { from: index, to: index - 1 })}>
                  Move up
                </SmallButton>
                <SmallButton disabled={index === sections.length - 1} onClick={() => form.reorderListItem('sections', { from: index, to: index + 1 })}>
                  Move down
                </SmallButton>
              </Group>
            </Group>
            <Stack gap="xs">
              <TextInput label="Title" {...form.getInputProps(`sections.${index}.title`)} />
              <Textarea label="Guidance for the officer" autosize minRows={2} {...form.getInputProps(`sections.${index}.guidance`)} />
              <Textarea
                label="Boilerplate text"
                description="Starts the section's text in every new report."
                autosize
                minRows={2}
                {...form.getInputProps(`sections.${index}.boilerplate`)}
              />
            </Stack>
          </Paper>
        ))}
        <ErrorAlert error={formError} />
        <Group justify="flex-end">
          <Button type="submit" loading={pending}>
            Save template
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Administration: how each type of court report is laid out for the office. */
export function ReportTemplatesPage() {
  const templates = useReportTemplates();
  const [type, setType] = useState<CourtReportType>('psi');
  const template = templates.data?.find((t) => t.reportType === type);
  return (
    <>
      <PageHeader
        title="Report templates"
        description="Sections of each type of court report: their titles, order, guidance and boilerplate. Reports already started keep theirs."
      />
      <ErrorAlert error={templates.error} />
      {templates.isPending && <PageLoader />}
      <SegmentedControl mb="md" value={type} onChange={(value) => setType(value)} data={COURT_REPORT_TYPES.map((value) => ({ value, label: REPORT_TYPE_LABELS[value] }))} />
      {template && <TemplateForm key={type} template={template} />}
    </>
  );
}
