// @vitest-environment jsdom
import { TextInput } from '@mantine/core';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../renderer/src/api/client';
import { ConfirmModal } from '../../renderer/src/components/ConfirmModal';
import { ErrorAlert } from '../../renderer/src/components/ErrorAlert';
import { FormModal } from '../../renderer/src/components/FormModal';
import { renderUi } from './render';

const GENERIC = 'Something went wrong and the action was not completed.';

describe('ErrorAlert', () => {
  it('shows nothing when there is no error', () => {
    const { rerender } = renderUi(<ErrorAlert error={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<ErrorAlert error={undefined} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a message as written, or the message of a failed call, under an optional title', () => {
    const { rerender } = renderUi(<ErrorAlert error="The office name is required." />);
    expect(screen.getByRole('alert').textContent).toBe('The office name is required.');

    rerender(<ErrorAlert title="Could not load the caseload" error={new ApiCallError({ code: 'FORBIDDEN', message: 'Only supervisors can see this caseload.' })} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Could not load the caseload')).toBeTruthy();
    expect(within(alert).getByText('Only supervisors can see this caseload.')).toBeTruthy();
  });

  it('falls back to a plain sentence for something that is not an error', () => {
    renderUi(<ErrorAlert error={{ reason: 42 }} />);
    expect(screen.getByRole('alert').textContent).toBe(GENERIC);
  });
});

describe('FormModal', () => {
  const props = { title: 'Add agency', submitLabel: 'Add agency', pending: false, error: null };

  it('is a dialog named by its title holding the form, Cancel and the submit button', () => {
    renderUi(
      <FormModal {...props} onSubmit={() => {}} onClose={() => {}}>
        <TextInput label="Name" />
      </FormModal>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Add agency' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Add agency' }).getAttribute('type')).toBe('submit');
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('submits on the submit button and on Enter in a field; Cancel only closes', async () => {
    const onSubmit = vi.fn((event?: { preventDefault(): void }) => event?.preventDefault());
    const onClose = vi.fn();
    const { user } = renderUi(
      <FormModal {...props} onSubmit={onSubmit} onClose={onClose}>
        <TextInput label="Name" />
      </FormModal>,
    );
    await user.click(screen.getByRole('button', { name: 'Add agency' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Harbour House{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onClose).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('closes on Escape and on its named close button', async () => {
    const onClose = vi.fn();
    const { user } = renderUi(
      <FormModal {...props} onSubmit={() => {}} onClose={onClose}>
        <TextInput label="Name" />
      </FormModal>,
    );
    await user.click(screen.getByRole('button', { name: 'Close dialog' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('textbox', { name: 'Name' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it("shows the host's refusal inside the dialog", () => {
    renderUi(
      <FormModal {...props} error={new ApiCallError({ code: 'CONFLICT', message: 'An agency with this name already exists.' })} onSubmit={() => {}} onClose={() => {}}>
        <TextInput label="Name" />
      </FormModal>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Add agency' });
    expect(within(dialog).getByRole('alert').textContent).toBe('An agency with this name already exists.');
  });

  it('cannot be submitted twice while saving', async () => {
    const onSubmit = vi.fn();
    const { user } = renderUi(
      <FormModal {...props} pending onSubmit={onSubmit} onClose={() => {}}>
        <TextInput label="Name" />
      </FormModal>,
    );
    const submit = screen.getByRole<HTMLButtonElement>('button', { name: 'Add agency' });
    expect(submit.disabled).toBe(true);
    await user.click(submit);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('renders nothing while closed', () => {
    renderUi(
      <FormModal {...props} opened={false} onSubmit={() => {}} onClose={() => {}}>
        <TextInput label="Name" />
      </FormModal>,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
  });
});

describe('ConfirmModal', () => {
  function renderConfirm(overrides: Partial<Parameters<typeof ConfirmModal>[0]> = {}) {
    const onConfirm = vi.fn();
    const onClose = vi.fn();
    const rendered = renderUi(
      <ConfirmModal
        opened
        title="Deactivate Dana Reyes?"
        confirmLabel="Deactivate"
        confirmColor="red"
        pending={false}
        error={null}
        onConfirm={onConfirm}
        onClose={onClose}
        {...overrides}
      >
        Dana will no longer be able to sign in. Her notes and records stay.
      </ConfirmModal>,
    );
    return { ...rendered, onConfirm, onClose };
  }

  it('asks its question in a dialog named by its title', () => {
    renderConfirm();
    const dialog = screen.getByRole('dialog', { name: 'Deactivate Dana Reyes?' });
    expect(within(dialog).getByText('Dana will no longer be able to sign in. Her notes and records stay.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Deactivate' })).toBeTruthy();
  });

  it('acts only when the officer confirms', async () => {
    const { user, onConfirm, onClose } = renderConfirm();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Close dialog' }));
    await user.keyboard('{Escape}');
    expect(onConfirm).not.toHaveBeenCalled();
    expect(onClose).toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Deactivate' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('keeps the page where it is when confirmed (the form submission is not sent anywhere)', async () => {
    const { user, onConfirm } = renderConfirm();
    let defaultPrevented: boolean | undefined;
    const listener = (event: Event) => {
      defaultPrevented = event.defaultPrevented;
    };
    document.addEventListener('submit', listener);
    try {
      await user.click(screen.getByRole('button', { name: 'Deactivate' }));
    } finally {
      document.removeEventListener('submit', listener);
    }
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(defaultPrevented).toBe(true);
  });

  it('cannot be confirmed again while the change is being made', async () => {
    const { user, onConfirm } = renderConfirm({ pending: true });
    const confirm = screen.getByRole<HTMLButtonElement>('button', { name: 'Deactivate' });
    expect(confirm.disabled).toBe(true);
    await user.click(confirm);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("shows the host's refusal in the dialog", () => {
    renderConfirm({ error: new ApiCallError({ code: 'FORBIDDEN', message: 'You cannot deactivate your own account.' }) });
    const dialog = screen.getByRole('dialog', { name: 'Deactivate Dana Reyes?' });
    expect(within(dialog).getByRole('alert').textContent).toBe('You cannot deactivate your own account.');
  });

  it('shows nothing while closed', () => {
    renderConfirm({ opened: false });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Deactivate' })).toBeNull();
  });
});
