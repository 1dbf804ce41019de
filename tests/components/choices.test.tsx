// @vitest-environment jsdom
import { Button } from '@mantine/core';
import { useForm } from '@mantine/form';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FactList } from '../../renderer/src/components/FactList';
import { StatusMenu } from '../../renderer/src/components/StatusMenu';
import { YesNoChoice } from '../../renderer/src/components/YesNoChoice';
import { renderUi } from './render';

const STATUSES = ['open', 'under_review', 'closed'] as const;
const LABELS = { open: 'Open', under_review: 'Under review', closed: 'Closed' };

describe('StatusMenu', () => {
  it('offers every status but the current one and reports the one chosen', async () => {
    const onChoose = vi.fn();
    const { user } = renderUi(<StatusMenu label="Set status: Violation of 3 Mar 2025" statuses={STATUSES} current="open" labels={LABELS} pending={false} onChoose={onChoose} />);
    const button = screen.getByRole('button', { name: 'Set status: Violation of 3 Mar 2025' });
    expect(button.textContent).toBe('Set status');
    expect(screen.queryByRole('menu')).toBeNull();

    await user.click(button);
    const menu = screen.getByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Under review', 'Closed']);

    await user.click(within(menu).getByRole('menuitem', { name: 'Closed' }));
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(onChoose).toHaveBeenCalledWith('closed');
  });

  it('can be opened and chosen from with the keyboard', async () => {
    const onChoose = vi.fn();
    const { user } = renderUi(<StatusMenu label="Set status: Goal 1" statuses={STATUSES} current="closed" labels={LABELS} pending={false} onChoose={onChoose} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Set status: Goal 1' }));
    await user.keyboard('{Enter}');
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Open', 'Under review']);
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Open' }));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Under review' }));
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(onChoose).toHaveBeenCalledWith('under_review');
  });

  it('cannot be opened while a change of status is being saved', async () => {
    const onChoose = vi.fn();
    const { user } = renderUi(<StatusMenu label="Set status: Goal 1" statuses={STATUSES} current="open" labels={LABELS} pending onChoose={onChoose} />);
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Set status: Goal 1' });
    expect(button.disabled).toBe(true);
    await user.click(button);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(onChoose).not.toHaveBeenCalled();
  });
});

/** A form with one boolean question that starts unanswered, as the screening and intake forms hold them. */
function Question({ nullLabel, onSubmit }: { nullLabel?: string; onSubmit: (answer: boolean | null) => void }) {
  const form = useForm<{ employed: boolean | null }>({
    initialValues: { employed: null },
    validate: { employed: (value) => (value === null && nullLabel === undefined ? 'Answer yes or no.' : null) },
  });
  return (
    <form onSubmit={form.onSubmit((values) => onSubmit(values.employed))}>
      <YesNoChoice label="Employed?" inputProps={form.getInputProps('employed')} nullLabel={nullLabel} />
      <Button type="submit">Save</Button>
    </form>
  );
}

describe('YesNoChoice', () => {
  const checked = () =>
    within(screen.getByRole('radiogroup', { name: 'Employed?' }))
      .getAllByRole('radio')
      .filter((radio) => (radio as HTMLInputElement).checked)
      .map((radio) => radio.getAttribute('value'));

  it('starts with neither answer chosen, and saves true or false as the officer answers', async () => {
    const onSubmit = vi.fn();
    const { user } = renderUi(<Question onSubmit={onSubmit} />);
    const group = screen.getByRole('radiogroup', { name: 'Employed?' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['yes', 'no']);
    expect(checked()).toEqual([]);

    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    expect(checked()).toEqual(['yes']);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenLastCalledWith(true);

    await user.click(screen.getByRole('radio', { name: 'No' }));
    expect(checked()).toEqual(['no']);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenLastCalledWith(false);
  });

  it("shows the form's error for an unanswered question", async () => {
    const onSubmit = vi.fn();
    const { user } = renderUi(<Question onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).not.toHaveBeenCalled();
    // The message is announced as the group's description.
    expect(screen.getByRole('radiogroup', { name: 'Employed?', description: 'Answer yes or no.' })).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.queryByText('Answer yes or no.')).toBeNull();
    expect(onSubmit).toHaveBeenCalledWith(false);
  });

  it('offers a third answer stored as null when given one, chosen while the value is null', async () => {
    const onSubmit = vi.fn();
    const { user } = renderUi(<Question nullLabel="Not applicable" onSubmit={onSubmit} />);
    expect(checked()).toEqual(['null']);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Not applicable' }).checked).toBe(true);

    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('radio', { name: 'Not applicable' }));
    expect(checked()).toEqual(['null']);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith(null);
  });
});

describe('FactList', () => {
  it('lists each fact as a term and its value', () => {
    renderUi(
      <FactList
        facts={[
          ['Case number', 'PD-0042'],
          ['Officer', 'Dana Reyes'],
          ['Hours owed', 0],
        ]}
      />,
    );
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Case number', 'Officer', 'Hours owed']);
    expect(screen.getAllByRole('definition').map((value) => value.textContent)).toEqual(['PD-0042', 'Dana Reyes', '0']);
  });

  it('leaves out facts with no value rather than showing blanks', () => {
    renderUi(
      <FactList
        facts={[
          ['Case number', 'PD-0042'],
          ['Alias', ''],
          ['Phone', null],
          ['Email', undefined],
          ['Interpreter', false],
          ['Notes', <em key="notes">Prefers mornings</em>],
        ]}
      />,
    );
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Case number', 'Notes']);
    expect(screen.getByText('Prefers mornings').tagName).toBe('EM');
    expect(screen.queryByText('Alias')).toBeNull();
  });

  it('says "Nothing recorded." when no fact has a value', () => {
    renderUi(
      <FactList
        facts={[
          ['Alias', ''],
          ['Phone', null],
        ]}
      />,
    );
    expect(screen.getByText('Nothing recorded.')).toBeTruthy();
    expect(screen.queryByRole('term')).toBeNull();
  });
});
