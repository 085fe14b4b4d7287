import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import StoryTimeline from '../../src/lib/timeline/StoryTimeline.svelte';
import { SAMPLE_EVENTS, SAMPLE_TEXT } from '../unit/layout/fixtures';

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const props = { events: SAMPLE_EVENTS, text: SAMPLE_TEXT, published: '2025-11-05', width: 360 };

describe('StoryTimeline', () => {
  it('is a region named Timeline holding every event as a focusable mark with its full label drawn', () => {
    const { container } = render(StoryTimeline, { props });
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
    const marks = Array.from(container.querySelectorAll<HTMLElement>('[data-event-id]'));
    expect(marks.length).toBe(SAMPLE_EVENTS.length);
    for (const mark of marks) {
      const id = mark.dataset.eventId!;
      const event = SAMPLE_EVENTS.find((e) => e.id === id)!;
      expect(mark.dataset.label).toBe(event.label);
      expect(mark.dataset.status).toBe(event.status);
      expect(mark.dataset.start).toBe(event.when.start ?? '');
      expect(mark.dataset.end).toBe(event.when.end ?? '');
      expect(mark.tabIndex).toBe(0);
      expect(container.querySelector(`[data-label-for="${id}"]`)!.textContent).toBe(event.label);
    }
    expect(container.querySelector('[data-cluster]')).toBeNull();
  });

  it('puts the Published marker after every past event and before every projected one', () => {
    const { container } = render(StoryTimeline, { props });
    const order = Array.from(container.querySelectorAll<HTMLElement>('[data-event-id], [data-marker="published"]'));
    const at = order.findIndex((el) => el.dataset.marker === 'published');
    expect(at).toBeGreaterThan(0);
    expect(order.slice(0, at).every((el) => el.dataset.status === 'past')).toBe(true);
    expect(order.slice(at + 1).every((el) => el.dataset.status === 'projected')).toBe(true);
    expect(order[at].textContent).toContain('Published Nov. 5, 2025');
  });

  it('writes date kickers in the chosen house style', () => {
    const { container } = render(StoryTimeline, { props: { ...props, dateStyle: 'uk' } });
    expect(container.querySelector('[data-marker="published"]')!.textContent).toContain('Published 5 November 2025');
  });

  it("opens an entry's source sentence in place with a tap, and closes it with another", async () => {
    const { container } = render(StoryTimeline, { props });
    const event = SAMPLE_EVENTS.find((e) => e.when.start)!;
    const mark = container.querySelector<HTMLElement>(`[data-event-id="${event.id}"]`)!;
    expect(mark.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(mark);
    expect(mark.getAttribute('aria-expanded')).toBe('true');
    expect(container.textContent).toContain(SAMPLE_TEXT.slice(event.source.start, event.source.end).trim());
    await fireEvent.click(mark);
    expect(mark.getAttribute('aria-expanded')).toBe('false');
  });

  it('draws headline, dek and credit around the column, in that order', () => {
    const { container } = render(StoryTimeline, { props: { ...props, headline: 'Korea summit', dek: 'What happened and what is next', credit: 'Source: Breitbart News' } });
    const text = container.textContent!;
    expect(text.indexOf('Korea summit')).toBeLessThan(text.indexOf('What happened'));
    expect(text.indexOf('What happened')).toBeLessThan(text.indexOf('Published'));
    expect(text.indexOf('Published')).toBeLessThan(text.indexOf('Source: Breitbart News'));
  });
});

describe('StoryTimeline deep background', () => {
  const old = (id: string, year: number) => ({
    id, label: `Background from ${year}`, status: 'past' as const,
    when: { timex: String(year), start: `${year}-01-01`, end: `${year}-12-31`, granularity: 'year' as const, text: null },
    source: { start: 0, end: 0 },
  });
  const events = [old('o1', 1990), old('o2', 2001), old('o3', 2008), ...SAMPLE_EVENTS];

  it('folds behind one "Earlier" line when asked, which opens in place', async () => {
    const { container } = render(StoryTimeline, { props: { ...props, events, foldDays: 365 } });
    const fold = screen.getByRole('button', { name: 'Earlier: 3 events' });
    expect(container.querySelectorAll('[data-event-id]').length).toBe(SAMPLE_EVENTS.length);
    await fireEvent.click(fold);
    expect(container.querySelectorAll('[data-event-id]').length).toBe(events.length);
    expect(screen.queryByRole('button', { name: /^Earlier:/ })).toBeNull();
  });
});

describe('StoryTimeline with nothing to show', () => {
  it('still says when the article was published, and that no dated event was found', () => {
    const { container } = render(StoryTimeline, { props: { ...props, events: [] } });
    expect(container.querySelector('[data-marker="published"]')!.textContent).toContain('Published Nov. 5, 2025');
    expect(container.textContent).toContain('No dated events in this article yet.');
    expect(container.querySelector('[data-event-id]')).toBeNull();
  });
});

describe('StoryTimeline with background', () => {
  it('draws an event told in passing as background, quieter than the news, and the news unmarked', () => {
    const events = SAMPLE_EVENTS.map((e, i) => (i === 0 ? { ...e, prominence: 'background' as const } : e));
    const { container } = render(StoryTimeline, { props: { ...props, events } });
    const background = container.querySelector<HTMLElement>(`[data-event-id="${events[0].id}"]`)!;
    expect(background.dataset.prominence).toBe('background');
    expect(background.closest('li')!.classList.contains('nl-background')).toBe(true);
    expect(container.querySelectorAll('[data-prominence]')).toHaveLength(1);
    expect(container.querySelectorAll('li.nl-background')).toHaveLength(1);
  });
});
