import { Button } from '@mantine/core';
import { useState } from 'react';
import { ChronologyExportModal } from './ChronologyExportModal';

/** "Export chronology" for the client profile's header; opens the period dialog. */
export function ChronologyExportButton({ client }: { client: { id: number; supervisionStartDate: string } }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        Export chronology
      </Button>
      {open && <ChronologyExportModal clientId={client.id} supervisionStartDate={client.supervisionStartDate} onClose={() => setOpen(false)} />}
    </>
  );
}
