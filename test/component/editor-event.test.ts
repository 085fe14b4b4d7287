import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import EventEditor from '../../src/app/editor/EventEditor.svelte';
import type { TimelineEvent } from '../../src/lib/document';

const event: TimelineEvent = {
  id: 'e1', label: 'NIS briefing', status: 'past', source: { start: 0, end: 20 },
  when: { timex: '2025-11-04', start: '2025-11-04', end: '2025-11-04', granularity: 'day', text: 'on Tuesday' },
};

function setup(e = event, edited = false) {
  const onchange = vi.fn();
  const ondelete = vi.fn();
  render(EventEditor, { event: e, edited, onchange, ondelete });
  return { onchange, ondelete };
}

describe('EventEditor', () => {
  it('shows the event in fields with the agreed names', () => {
    setup();
    expect(screen.getByLabelText('Event label')).toHaveValue('NIS briefing');
    expect(screen.getByLabelText('Start date')).toHaveValue('2025-11-04');
    expect(screen.getByLabelText('End date')).toHaveValue('2025-11-04');
    expect(screen.getByLabelText('Status')).toHaveValue('past');
    expect(screen.getByRole('button', { name: 'Delete event' })).toBeInTheDocument();
  });

  it('reports each keystroke of the label under one key, so undo takes the label back in one step', async () => {
    const { onchange } = setup();
    await userEvent.type(screen.getByLabelText('Event label'), '!');
    expect(onchange).toHaveBeenCalledWith({ ...event, label: 'NIS briefing!' }, 'label:e1');
  });

  it('reports a new end date as a range with the article words kept', async () => {
    const { onchange } = setup();
    await fireEvent.change(screen.getByLabelText('End date'), { target: { value: '2025-11-06' } });
    expect(onchange).toHaveBeenCalledWith(
      { ...event, when: { timex: null, start: '2025-11-04', end: '2025-11-06', granularity: null, text: 'on Tuesday' } }, null);
  });

  it('moves a one-day event whole when its start moves past its end', async () => {
    const { onchange } = setup();
    await fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2025-11-10' } });
    expect(onchange.mock.calls[0][0].when).toMatchObject({ start: '2025-11-10', end: '2025-11-10', granularity: 'day' });
  });

  it('refuses an end date before the start, saying why, and changes nothing', async () => {
    const { onchange } = setup();
    await fireEvent.change(screen.getByLabelText('End date'), { target: { value: '2025-11-01' } });
    expect(screen.getByRole('alert')).toHaveTextContent('The end date is before the start date.');
    expect(onchange).not.toHaveBeenCalled();
  });

  it('switches status between Past and Projected', async () => {
    const { onchange } = setup();
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Projected');
    expect(onchange).toHaveBeenCalledWith({ ...event, status: 'projected' }, null);
  });

  it('marks an event as background told in passing, and back as news', async () => {
    const { onchange } = setup();
    const box = screen.getByLabelText('Background, told in passing');
    expect(box).not.toBeChecked();
    await userEvent.click(box);
    expect(onchange).toHaveBeenCalledWith({ ...event, prominence: 'background' }, null);
  });

  it('takes the background mark off an event told in passing, leaving no field behind', async () => {
    const { onchange } = setup({ ...event, prominence: 'background' });
    await userEvent.click(screen.getByLabelText('Background, told in passing'));
    expect(onchange).toHaveBeenCalledWith(event, null);
    expect('prominence' in onchange.mock.calls[0][0]).toBe(false);
  });

  it('asks for deletion with the Delete event button', async () => {
    const { ondelete } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Delete event' }));
    expect(ondelete).toHaveBeenCalledOnce();
  });

  it('shows a label holding markup as text', () => {
    setup({ ...event, label: '<img src=x onerror=alert(1)>' }, true);
    expect(screen.getByLabelText('Event label')).toHaveValue('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('Edited by you')).toBeInTheDocument();
  });
});

describe('EventEditor moving', () => {
  it('moves a month-long event a whole month later', async () => {
    const march: TimelineEvent = { ...event, when: { timex: '2026-03', start: '2026-03-01', end: '2026-03-31', granularity: 'month', text: 'in March' } };
    const { onchange } = setup(march);
    expect(screen.getByRole('group', { name: 'Move by one month' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Move later' }));
    expect(onchange.mock.calls[0][0].when).toMatchObject({ start: '2026-04-01', end: '2026-04-30', granularity: 'month' });
  });

  it('offers no move for an undated event', () => {
    setup({ ...event, when: { timex: null, start: null, end: null, granularity: null, text: null } });
    expect(screen.queryByRole('button', { name: 'Move earlier' })).toBeNull();
  });
});
