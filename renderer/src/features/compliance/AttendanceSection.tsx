import { Badge, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { LineList } from '../../components/LineList';
import { RecordTable } from '../../components/RecordTable';
import { SmallButton } from '../../components/SmallButton';
import { TitledSection } from '../../components/TitledSection';
import { formatDate } from '../clients/formatClient';
import { ATTENDANCE_LABELS } from './complianceLabels';
import type { ComplianceRecord } from './complianceTypes';
import { ENTRY_END_COLUMNS, useEntryEndCells } from './useEntryEndCells';
import { conditionOptions } from './conditionChoices';
import { AttendanceModal } from './AttendanceModal';

type Session = ComplianceRecord['attendance'][number];

const ATTENDANCE_COLORS: Record<Session['attendance'], string> = { attended: 'green', absent: 'red', excused: 'gray' };

/** "Anger management: 3 attended, 1 absent, 0 excused" for each programme, in the order last attended. */
function programmeTotals(sessions: Session[]): string[] {
  const totals = new Map<string, Record<Session['attendance'], number>>();
  for (const { programmeName, attendance } of sessions) {
    const counts = totals.get(programmeName) ?? { attended: 0, absent: 0, excused: 0 };
    counts[attendance] += 1;
    totals.set(programmeName, counts);
  }
  return [...totals].map(([name, counts]) => `${name}: ${counts.attended} attended, ${counts.absent} absent, ${counts.excused} excused`);
}

/** Programme and treatment sessions, with totals per programme. */
export function AttendanceSection({ clientId, record }: { clientId: number; record: ComplianceRecord }) {
  const [recording, setRecording] = useState(false);
  const endCells = useEntryEndCells(record.conditions);
  const sessions = record.attendance;

  return (
    <TitledSection title="Program attendance" actions={<SmallButton onClick={() => setRecording(true)}>Record attendance</SmallButton>}>
      <Stack>
        <LineList lines={programmeTotals(sessions)} none="No program sessions recorded." />
        {sessions.length > 0 && (
          <RecordTable label="Program sessions" columns={['Date', 'Program', 'Attendance', ...ENTRY_END_COLUMNS]} rows={sessions}>
            {(session) => (
              <Table.Tr key={session.id}>
                <Table.Td>{formatDate(session.sessionDate)}</Table.Td>
                <Table.Td>{session.programmeName}</Table.Td>
                <Table.Td>
                  <Badge color={ATTENDANCE_COLORS[session.attendance]}>{ATTENDANCE_LABELS[session.attendance]}</Badge>
                </Table.Td>
                {endCells(session)}
              </Table.Tr>
            )}
          </RecordTable>
        )}
      </Stack>
      {recording && (
        <AttendanceModal
          clientId={clientId}
          conditions={conditionOptions(record.conditions)}
          programmes={[...new Set(sessions.map((session) => session.programmeName))]}
          onClose={() => setRecording(false)}
        />
      )}
    </TitledSection>
  );
}
