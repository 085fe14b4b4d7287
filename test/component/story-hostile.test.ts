// Article text is data: a label, a headline, a dek or a source sentence holding markup is drawn
// as text in the story, never as elements.
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import StoryTimeline from '../../src/lib/timeline/StoryTimeline.svelte';

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const text = `They said ${HOSTILE} on Tuesday.`;
const events = [
  {
    id: 'x"><b>', label: HOSTILE, status: 'past' as const,
    when: { timex: '2025-11-04', start: '2025-11-04', end: '2025-11-04', granularity: 'day' as const, text: 'on Tuesday' },
    source: { start: 0, end: text.length },
  },
];

describe('the story with hostile text', () => {
  it('draws markup in labels, headline, dek and source sentence as text only', async () => {
    const { container } = render(StoryTimeline, {
      props: { events, text, published: '2025-11-05', headline: HOSTILE, dek: HOSTILE, credit: HOSTILE, width: 400 },
    });
    await fireEvent.click(container.querySelector('[data-event-id]')!);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.querySelector('[data-label-for]')!.textContent).toBe(HOSTILE);
    expect(container.querySelector('blockquote')!.textContent).toContain(HOSTILE);
    expect(container.querySelector('[data-event-id]')!.getAttribute('data-event-id')).toBe('x"><b>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
