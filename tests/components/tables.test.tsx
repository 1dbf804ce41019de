// @vitest-environment jsdom
import { Table } from '@mantine/core';
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RecordTable } from '../../renderer/src/components/RecordTable';
import { TablePagination } from '../../renderer/src/components/TablePagination';
import { TableScroller } from '../../renderer/src/components/TableScroller';
import { renderUi } from './render';

interface Client {
  caseNumber: string;
  name: string;
}

const clients = (count: number): Client[] => Array.from({ length: count }, (_, i) => ({ caseNumber: `PD-${String(i + 1).padStart(4, '0')}`, name: `Client ${i + 1}` }));

function ClientTable({ rows, emptyText }: { rows: Client[]; emptyText?: string }) {
  return (
    <RecordTable label="Caseload" columns={['Case number', 'Name']} rows={rows} emptyText={emptyText}>
      {(client) => (
        <Table.Tr key={client.caseNumber}>
          <Table.Td>{client.caseNumber}</Table.Td>
          <Table.Td>{client.name}</Table.Td>
        </Table.Tr>
      )}
    </RecordTable>
  );
}

/** Body rows only (the header row is in the thead). */
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('RecordTable', () => {
  it('is a table named by its label, with a column header per column and a row per record', () => {
    renderUi(<ClientTable rows={clients(3)} />);
    const table = screen.getByRole('table', { name: 'Caseload' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Case number', 'Name']);
    const rows = bodyRows(table);
    expect(rows).toHaveLength(3);
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['PD-0002', 'Client 2']);
  });

  it('says so in one row spanning every column when there are no records', () => {
    renderUi(<ClientTable rows={[]} emptyText="No clients match these filters." />);
    const table = screen.getByRole('table', { name: 'Caseload' });
    const rows = bodyRows(table);
    expect(rows).toHaveLength(1);
    const cell = within(rows[0]).getByRole('cell', { name: 'No clients match these filters.' });
    expect(cell.getAttribute('colspan')).toBe('2');
  });

  it('shows no empty-state row once there are records, and none at all without empty text', () => {
    const { rerender } = renderUi(<ClientTable rows={clients(1)} emptyText="No clients match these filters." />);
    expect(screen.queryByText('No clients match these filters.')).toBeNull();
    rerender(<ClientTable rows={[]} />);
    expect(bodyRows(screen.getByRole('table', { name: 'Caseload' }))).toHaveLength(0);
  });

  it('sits in a scroll area a keyboard user can reach, named after the table', async () => {
    const { user } = renderUi(<ClientTable rows={clients(2)} />);
    const scroller = screen.getByRole('group', { name: 'Caseload, scrolls sideways' });
    expect(within(scroller).getByRole('table', { name: 'Caseload' })).toBeTruthy();
    await user.tab();
    expect(document.activeElement).toBe(scroller);
  });
});

describe('TableScroller', () => {
  it('wraps any table in a focusable group named "<label>, scrolls sideways"', async () => {
    const { user } = renderUi(
      <>
        <button type="button">Before</button>
        <TableScroller label="Appointments" minWidth={900}>
          <table aria-label="Appointments">
            <tbody>
              <tr>
                <td>Office visit</td>
              </tr>
            </tbody>
          </table>
        </TableScroller>
      </>,
    );
    const scroller = screen.getByRole('group', { name: 'Appointments, scrolls sideways' });
    expect(within(scroller).getByRole('cell', { name: 'Office visit' })).toBeTruthy();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(document.activeElement).toBe(scroller);
  });
});

describe('TablePagination', () => {
  it('counts the rows shown and the total, with thousands separated', () => {
    renderUi(<TablePagination label="Caseload pages" noun="clients" page={2} pageSize={50} total={4812} onChange={() => {}} />);
    expect(screen.getByText(`Showing 51–100 of ${(4812).toLocaleString()} clients`)).toBeTruthy();
  });

  it('shows "0–0 of 0" and a single page when there is nothing to page through', () => {
    renderUi(<TablePagination label="Ledger pages" noun="entries" page={1} pageSize={25} total={0} onChange={() => {}} />);
    expect(screen.getByText('Showing 0–0 of 0 entries')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Ledger pages' });
    expect(within(nav).getByRole('button', { name: 'Page 1' })).toBeTruthy();
    expect(within(nav).queryByRole('button', { name: 'Page 2' })).toBeNull();
    for (const name of ['First page', 'Previous page', 'Next page', 'Last page']) {
      expect(within(nav).getByRole<HTMLButtonElement>('button', { name }).disabled).toBe(true);
    }
  });

  it('asks for the page the officer clicks, by number or by its named arrows', async () => {
    const onChange = vi.fn();
    const { user } = renderUi(<TablePagination label="Caseload pages" noun="clients" page={3} pageSize={10} total={95} onChange={onChange} />);
    const nav = screen.getByRole('navigation', { name: 'Caseload pages' });
    expect(within(nav).getByRole('button', { name: 'Page 3' }).getAttribute('aria-current')).toBe('page');

    await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    await user.click(within(nav).getByRole('button', { name: 'Previous page' }));
    await user.click(within(nav).getByRole('button', { name: 'Last page' }));
    await user.click(within(nav).getByRole('button', { name: 'First page' }));
    await user.click(within(nav).getByRole('button', { name: 'Page 4' }));
    expect(onChange.mock.calls.map(([page]) => page)).toEqual([4, 2, 10, 1, 4]);
  });

  it('cannot go back from the first page or on from the last', () => {
    const { rerender } = renderUi(<TablePagination label="Caseload pages" noun="clients" page={1} pageSize={10} total={25} onChange={() => {}} />);
    const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });
    expect([button('First page').disabled, button('Previous page').disabled, button('Next page').disabled]).toEqual([true, true, false]);
    rerender(<TablePagination label="Caseload pages" noun="clients" page={3} pageSize={10} total={25} onChange={() => {}} />);
    expect(screen.getByText('Showing 21–25 of 25 clients')).toBeTruthy();
    expect([button('Previous page').disabled, button('Next page').disabled, button('Last page').disabled]).toEqual([false, true, true]);
  });
});

/** A paged table as the screens build one: the page lives in state, the rows are that page's slice. */
function PagedCaseload({ all }: { all: Client[] }) {
  const [page, setPage] = useState(1);
  const pageSize = 10;
  return (
    <>
      <ClientTable rows={all.slice((page - 1) * pageSize, page * pageSize)} emptyText="No clients." />
      <TablePagination label="Caseload pages" noun="clients" page={page} pageSize={pageSize} total={all.length} onChange={setPage} />
    </>
  );
}

describe('RecordTable with TablePagination', () => {
  it('moves through the pages of a caseload', async () => {
    const { user } = renderUi(<PagedCaseload all={clients(23)} />);
    const table = () => screen.getByRole('table', { name: 'Caseload' });
    const firstCaseNumber = () => within(bodyRows(table())[0]).getAllByRole('cell')[0].textContent;

    expect(bodyRows(table())).toHaveLength(10);
    expect(firstCaseNumber()).toBe('PD-0001');
    expect(screen.getByText('Showing 1–10 of 23 clients')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(firstCaseNumber()).toBe('PD-0011');
    expect(screen.getByText('Showing 11–20 of 23 clients')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page');

    await user.click(screen.getByRole('button', { name: 'Page 3' }));
    expect(bodyRows(table())).toHaveLength(3);
    expect(screen.getByText('Showing 21–23 of 23 clients')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Next page' }).disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'First page' }));
    expect(firstCaseNumber()).toBe('PD-0001');
  });
});
