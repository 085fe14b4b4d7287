import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Timeline from '../../src/lib/timeline/Timeline.svelte';
import { SAMPLE_EVENTS, SAMPLE_TEXT } from '../unit/layout/fixtures';

// jsdom has no ResizeObserver (bind:clientWidth uses it); the width then stays at its default.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const props = { events: SAMPLE_EVENTS, text: SAMPLE_TEXT, published: '2025-11-05' };
const focusedId = () => document.activeElement?.getAttribute('data-mark-id');

describe('Timeline', () => {
  it('is a region named Timeline with a zoom toolbar', () => {
    render(Timeline, { props });
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fit' })).toBeDisabled();
  });

  it('moves focus to the next and previous mark in time order with the arrow keys', async () => {
    const { container } = render(Timeline, { props });
    const marks = Array.from(container.querySelectorAll<SVGGElement>('g[data-mark-id]'));
    marks[0].focus();
    await fireEvent.keyDown(marks[0], { key: 'ArrowRight' });
    expect(focusedId()).toBe(marks[1].getAttribute('data-mark-id'));
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(focusedId()).toBe(marks[0].getAttribute('data-mark-id'));
    await fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(focusedId()).toBe(marks[marks.length - 1].getAttribute('data-mark-id'));
  });

  it('opens details with Enter, showing the date in words, the status and the source sentence, and closes them with Escape', async () => {
    const { container } = render(Timeline, { props });
    const drill = container.querySelector<SVGGElement>('[data-event-id="e8"]')!;
    drill.focus();
    await fireEvent.keyDown(drill, { key: 'Enter' });
    const details = screen.getByRole('region', { name: 'Event details' });
    expect(details).toHaveTextContent('Joint military training with the U.S.');
    expect(details).toHaveTextContent('March 2026');
    expect(details).toHaveTextContent('projected, planned');
    expect(details.querySelector('blockquote')!.textContent).toBe('joint military training with the United States in March');
    await fireEvent.keyDown(drill, { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Close details' })).toBeNull();
  });

  it('offers every event, undated ones last, as an ordered list', () => {
    render(Timeline, { props });
    const list = screen.getByRole('list', { name: 'Events in time order' });
    const items = list.querySelectorAll('li');
    expect(items).toHaveLength(SAMPLE_EVENTS.length);
    expect(items[0]).toHaveTextContent('Kim admits sending troops to Kursk: 2025, past');
    expect(items[items.length - 1]).toHaveTextContent('North Korea parade: no date given, projected, expected');
  });

  it('lists the events of a cluster that cannot be split further when it is opened', async () => {
    // Forty in one week: more than extra lanes could hold, so they cluster.
    const same = Array.from({ length: 40 }, (_, i) => ({ ...SAMPLE_EVENTS[1], id: `w${i}`, label: `Week event ${i}` }));
    const { container } = render(Timeline, { props: { ...props, events: same } });
    const cluster = container.querySelector<SVGGElement>('g[data-cluster]')!;
    expect(Number(cluster.getAttribute('data-count'))).toBeGreaterThan(1);
    cluster.focus();
    await fireEvent.keyDown(cluster, { key: 'Enter' });
    // A week-wide cluster in a fitted two-week window first zooms; the zoomed view is then listed.
    const again = container.querySelector<SVGGElement>('g[data-cluster]');
    if (again) {
      again.focus();
      await fireEvent.keyDown(again, { key: 'Enter' });
    }
    expect(screen.getByRole('region', { name: 'Event details' })).toHaveTextContent(/\d events/);
  });
});
