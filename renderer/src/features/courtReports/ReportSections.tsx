import { Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { RECOMMENDATION_KEY, type ReportSection } from '../../../../electron/api/courtReports/courtReportsSchemas';
import { SectionDataView } from './SectionDataView';

export interface ReportFormValues extends Record<string, unknown> {
  reportId: number;
  narratives: Record<string, string>;
  recommendation: string;
  courtDueDate: string;
}

/** The officer's text of a section: a textarea while the author may edit, else the text as written. */
function SectionText({ section, form, readOnlyText }: { section: ReportSection; form: UseFormReturnType<ReportFormValues> | null; readOnlyText: string }) {
  const isRecommendation = section.key === RECOMMENDATION_KEY;
  const path = isRecommendation ? 'recommendation' : `narratives.${section.key}`;
  if (form)
    return (
      <Textarea
        label={isRecommendation ? 'Recommendation' : `Narrative: ${section.title}`}
        autosize
        minRows={isRecommendation ? 3 : 2}
        maxRows={20}
        {...form.getInputProps(path)}
      />
    );
  return readOnlyText ? <Text style={{ whiteSpace: 'pre-wrap' }}>{readOnlyText}</Text> : null;
}

/** Every section in the report's order: title, guidance for the officer, the record's data, and the text. */
export function ReportSections({ sections, recommendation, form }: { sections: ReportSection[]; recommendation: string; form: UseFormReturnType<ReportFormValues> | null }) {
  return (
    <Stack>
      {sections.map((section) => (
        <Paper key={section.key} withBorder p="md" component="section" aria-label={section.title}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {section.title}
            </Title>
            {section.guidance && (
              <Text size="sm" c="dimmed">
                {section.guidance}
              </Text>
            )}
            <SectionDataView data={section.data} />
            <SectionText section={section} form={form} readOnlyText={section.key === RECOMMENDATION_KEY ? recommendation : section.narrative} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
