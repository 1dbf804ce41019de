// @vitest-environment jsdom
import { Button, NativeSelect, TextInput } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { AgencyRow } from '../../db/schema';
import type { Channel } from '../../electron/api/contract';
import type { ApiResult } from '../../electron/api/errors';
import { buildWindowApi } from '../../electron/api/windowApi';
import { phoneSchema, requiredText } from '../../electron/api/shared/fieldSchemas';
import { ApiCallError } from '../../renderer/src/api/client';
import { useCreateAgency } from '../../renderer/src/api/referrals';
import { ChannelFormModal } from '../../renderer/src/components/ChannelFormModal';
import { ErrorAlert } from '../../renderer/src/components/ErrorAlert';
import { useSchemaForm } from '../../renderer/src/components/useSchemaForm';
import { AGENCY_KIND_LABELS } from '../../renderer/src/features/referrals/referralLabels';
import { renderUi } from './render';

// ---------------------------------------------------------------------------------------------------------------
// useSchemaForm and useServerErrors, through a small office form.

const officeSchema = z.object({
  office: z.object({
    name: requiredText('the office name', 100),
    phone: phoneSchema().default(''),
  }),
  // No input on screen: the host's refusals about it are shown for the form as a whole.
  officeId: z.number(),
});

type OfficeValues = { office: { name: string; phone: string }; officeId: number };

interface OfficeFormProps {
  onValid: (input: z.output<typeof officeSchema>) => unknown;
  check?: (values: OfficeValues) => FormErrors;
}

/** What a screen builds with useSchemaForm: fields, the form-level message, a submit button; the host is onValid. */
function OfficeForm({ onValid, check }: OfficeFormProps) {
  const { form, submit, formError } = useSchemaForm({
    schema: officeSchema,
    initialValues: { office: { name: '', phone: '' }, officeId: 7 },
    check,
    onValid: (input, showError) => {
      const answer = onValid(input);
      if (answer !== undefined) showError(answer);
    },
  });
  return (
    <form onSubmit={submit} noValidate>
      <TextInput label="Office name" {...form.getInputProps('office.name')} />
      <TextInput label="Phone" {...form.getInputProps('office.phone')} />
      <ErrorAlert error={formError} />
      <Button type="submit">Save</Button>
    </form>
  );
}

const field = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name });
/** The message under a field, as a screen reader reads it: the input's description. */
const fieldError = (name: string) => {
  const input = field(name);
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
};

describe('useSchemaForm', () => {
  it("shows the schema's own messages under the fields and sends nothing while they stand", async () => {
    const onValid = vi.fn();
    const { user } = renderUi(<OfficeForm onValid={onValid} />);
    await user.type(field('Phone'), 'call Sam');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onValid).not.toHaveBeenCalled();
    expect(fieldError('Office name')).toBe('Enter the office name.');
    expect(fieldError('Phone')).toBe('Use digits, spaces and + ( ) - . / only in the phone number.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('hands on the input as the schema parses it: trimmed, with blanks left to their defaults', async () => {
    const onValid = vi.fn();
    const { user } = renderUi(<OfficeForm onValid={onValid} />);
    await user.type(field('Office name'), '  North District  ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onValid).toHaveBeenCalledWith({ office: { name: 'North District', phone: '' }, officeId: 7 });
    expect(fieldError('Office name')).toBeNull();
  });

  it("adds the form's own checks to the schema's", async () => {
    const onValid = vi.fn();
    const check = (values: OfficeValues): FormErrors => (values.office.name.trim() === 'Head Office' ? { 'office.name': 'Head Office is reserved for the administrator.' } : {});
    const { user } = renderUi(<OfficeForm onValid={onValid} check={check} />);
    await user.type(field('Office name'), 'Head Office');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(fieldError('Office name')).toBe('Head Office is reserved for the administrator.');
    expect(onValid).not.toHaveBeenCalled();
  });
});

describe('useServerErrors (through useSchemaForm)', () => {
  it('puts a refusal naming a field on screen under that field, not at the top of the form', async () => {
    const refusal = new ApiCallError({ code: 'CONFLICT', message: 'Another office already has this name.', field: 'office.name' });
    const { user } = renderUi(<OfficeForm onValid={() => refusal} />);
    await user.type(field('Office name'), 'North District');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(fieldError('Office name')).toBe('Another office already has this name.');
    expect(screen.queryByRole('alert')).toBeNull();

    // Editing the field clears its message.
    await user.type(field('Office name'), ' East');
    expect(fieldError('Office name')).toBeNull();
  });

  it('shows a refusal about a field with no input, or about no field, for the form as a whole', async () => {
    const answers: unknown[] = [
      new ApiCallError({ code: 'NOT_FOUND', message: 'This office no longer exists.', field: 'officeId' }),
      new ApiCallError({ code: 'FORBIDDEN', message: 'Only an administrator can change the office.' }),
      new Error('The database could not be read.'),
    ];
    const onValid = vi.fn(() => answers.shift());
    const { user } = renderUi(<OfficeForm onValid={onValid} />);
    await user.type(field('Office name'), 'North District');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toBe('This office no longer exists.');
    expect(fieldError('Office name')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toBe('Only an administrator can change the office.');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toBe('The database could not be read.');
    expect(onValid).toHaveBeenCalledTimes(3);
  });

  it('clears the form-level message when the officer submits again', async () => {
    const answers: unknown[] = [new ApiCallError({ code: 'FORBIDDEN', message: 'Only an administrator can change the office.' }), undefined];
    const { user } = renderUi(<OfficeForm onValid={() => answers.shift()} />);
    await user.type(field('Office name'), 'North District');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// ChannelFormModal, saving an agency through the real agencies.create channel, its schema and its mutation hook;
// the host behind window.api is the test's.

type Host = (channel: Channel, input: unknown) => Promise<ApiResult<unknown>>;
let host: ReturnType<typeof vi.fn<Host>>;

beforeEach(() => {
  host = vi.fn<Host>();
  window.api = buildWindowApi(host, () => () => undefined);
});
afterEach(() => {
  delete (window as Partial<Window>).api;
});

const savedAgency = (name: string) => ({ id: 12, name, kind: 'housing', active: true }) as AgencyRow;

/** The directory page's "Add agency" button and the dialog it opens, as AgencyModal lays it out. */
function AgencyDirectory() {
  const [open, setOpen] = useState(false);
  const create = useCreateAgency();
  return (
    <>
      <Button onClick={() => setOpen(true)}>New agency</Button>
      {open && (
        <ChannelFormModal
          channel="agencies.create"
          mutation={create}
          title="Add agency"
          submitLabel="Add agency"
          initialValues={{ agency: { name: '', kind: '', address: '', phone: '', contactPerson: '', notes: '' } }}
          savedMessage={(row) => `${row.name} added to the directory.`}
          onClose={() => setOpen(false)}
        >
          {(form) => (
            <>
              <TextInput label="Name" {...form.getInputProps('agency.name')} />
              <NativeSelect
                label="Category"
                data={[{ value: '', label: 'Choose…' }, ...Object.entries(AGENCY_KIND_LABELS).map(([value, label]) => ({ value, label }))]}
                {...form.getInputProps('agency.kind')}
              />
              <TextInput label="Phone" {...form.getInputProps('agency.phone')} />
            </>
          )}
        </ChannelFormModal>
      )}
    </>
  );
}

function renderDirectory() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return renderUi(
    <QueryClientProvider client={client}>
      <AgencyDirectory />
    </QueryClientProvider>,
  );
}

async function openAndFill(user: ReturnType<typeof renderDirectory>['user'], name = 'Harbour House') {
  await user.click(screen.getByRole('button', { name: 'New agency' }));
  const dialog = screen.getByRole('dialog', { name: 'Add agency' });
  await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), name);
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Category' }), 'Housing');
  return dialog;
}

describe('ChannelFormModal', () => {
  it("checks the form with the channel's schema before anything is sent", async () => {
    const { user } = renderDirectory();
    await user.click(screen.getByRole('button', { name: 'New agency' }));
    await user.click(screen.getByRole('button', { name: 'Add agency' }));
    expect(fieldError('Name')).toBe('Enter the agency name.');
    const category = screen.getByRole('combobox', { name: 'Category' });
    expect(category.getAttribute('aria-invalid')).toBe('true');
    expect(host).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Add agency' })).toBeTruthy();
  });

  it('sends the parsed input through window.api, then closes and confirms with the saved record', async () => {
    host.mockResolvedValue({ ok: true, value: savedAgency('Harbour House') });
    const { user } = renderDirectory();
    await openAndFill(user, '  Harbour House ');
    await user.click(screen.getByRole('button', { name: 'Add agency' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add agency' })).toBeNull());
    expect(host).toHaveBeenCalledTimes(1);
    expect(host).toHaveBeenCalledWith('agencies.create', {
      agency: { name: 'Harbour House', kind: 'housing', address: '', phone: '', contactPerson: '', notes: '' },
    });
    expect(await screen.findByText('Harbour House added to the directory.')).toBeTruthy();
  });

  it("shows the host's refusal under the field it names and stays open", async () => {
    host.mockResolvedValue({ ok: false, error: { code: 'CONFLICT', message: 'Harbour House is already in the directory.', field: 'agency.name' } });
    const { user } = renderDirectory();
    const dialog = await openAndFill(user);
    await user.click(within(dialog).getByRole('button', { name: 'Add agency' }));

    await waitFor(() => expect(fieldError('Name')).toBe('Harbour House is already in the directory.'));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Add agency' })).toBe(dialog);
    expect(screen.queryByText(/added to the directory/)).toBeNull();
  });

  it('shows a refusal about a field not on screen as a message in the dialog', async () => {
    host.mockResolvedValue({ ok: false, error: { code: 'VALIDATION', message: 'Enter the address.', field: 'agency.address' } });
    const { user } = renderDirectory();
    const dialog = await openAndFill(user);
    await user.click(within(dialog).getByRole('button', { name: 'Add agency' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Enter the address.');
    expect(fieldError('Name')).toBeNull();
  });

  it('cannot be sent twice while the host is saving, and Cancel closes without saving', async () => {
    let answer: (result: ApiResult<unknown>) => void = () => {};
    host.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const { user } = renderDirectory();
    const dialog = await openAndFill(user);
    const submit = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Add agency' });
    await user.click(submit);
    await waitFor(() => expect(submit.disabled).toBe(true));
    await user.click(submit);
    expect(host).toHaveBeenCalledTimes(1);

    answer({ ok: false, error: { code: 'DISK_FULL', message: 'The disk is full, so this could not be saved.' } });
    expect((await within(dialog).findByRole('alert')).textContent).toBe('The disk is full, so this could not be saved.');
    expect(submit.disabled).toBe(false);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(host).toHaveBeenCalledTimes(1);
  });
});
