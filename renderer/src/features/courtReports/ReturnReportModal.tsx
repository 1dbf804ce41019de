import { Textarea } from '@mantine/core';
import { useReportChange } from '../../api/courtReports';
import { ChannelFormModal } from '../../components/ChannelFormModal';

/** A supervisor sends a submitted report back to its author with what to change. */
export function ReturnReportModal({ reportId, onClose }: { reportId: number; onClose: () => void }) {
  return (
    <ChannelFormModal
      channel="courtReports.return"
      mutation={useReportChange('courtReports.return')}
      title="Return report"
      submitLabel="Return to officer"
      savedMessage="Report returned to the officer."
      size="md"
      initialValues={{ reportId, comment: '' }}
      onClose={onClose}
    >
      {(form) => <Textarea label="Comment for the officer" autosize minRows={4} data-autofocus {...form.getInputProps('comment')} />}
    </ChannelFormModal>
  );
}
