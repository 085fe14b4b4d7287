// A story's entry names, over its sentence, the article that told it (outlet, else headline,
// and day) and how many other reports there are; a single article's stays "From the article".
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { StoryArticleSpan, TimelineEvent } from '../../src/lib/document';
import StoryTimeline from '../../src/lib/timeline/StoryTimeline.svelte';

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const first = 'The levee gave way on Sunday night.';
const second = 'Engineers said the levee had failed late on Sunday.';
const text = `${first}\n\n${second}`;
const articles: StoryArticleSpan[] = [
  { id: 'a', title: 'Levee fails', published: '2024-05-13', url: null, publisher: 'The Riverside Ledger', start: 0, end: first.length },
  { id: 'b', title: 'What went wrong at the levee', published: '2024-05-15', url: null, publisher: null, start: first.length + 2, end: text.length },
];
const event = (sources: { start: number; end: number }[]): TimelineEvent => ({
  id: 'story-2024-05-12-1',
  label: 'The levee gives way',
  status: 'past',
  when: { timex: '2024-05-12', start: '2024-05-12', end: '2024-05-12', granularity: 'day', text: null },
  source: sources[0],
  sources,
});

async function openHead(props: { events: TimelineEvent[] } & Record<string, unknown>): Promise<string> {
  const { container } = render(StoryTimeline, { props: { published: '2024-05-15', width: 400, text, ...props } });
  await fireEvent.click(container.querySelector<HTMLElement>('[data-event-id]')!);
  return container.querySelector('.nl-source-head')!.textContent!;
}

describe('the source line of a story entry', () => {
  it('names the outlet and day of the article that told it, and the other reports', async () => {
    const sources = [{ start: 0, end: first.length }, { start: articles[1].start, end: text.length }];
    expect(await openHead({ events: [event(sources)], articles })).toBe('From The Riverside Ledger, May 13, 2024 · 1 more report');
  });

  it("names an article without an outlet by its headline, in the desk's date style", async () => {
    const sources = [{ start: articles[1].start, end: text.length }];
    expect(await openHead({ events: [event(sources)], articles, dateStyle: 'uk' })).toBe('From What went wrong at the levee, 15 May 2024');
  });

  it('stays "From the article" for a single article', async () => {
    expect(await openHead({ events: [event([{ start: 0, end: first.length }])] })).toBe('From the article');
  });
});
