import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { layout } from '../../../src/lib/layout';
import TimelineSvg from '../../../src/lib/timeline/TimelineSvg.svelte';
import { SAMPLE_EVENTS } from './fixtures';

describe('TimelineSvg rendered by svelte/server', () => {
  it('draws the same marks as in the browser, with data attributes', () => {
    const { body } = render(TimelineSvg, { props: { layout: layout(SAMPLE_EVENTS, 1000, { published: '2025-11-05' }) } });
    expect(body).toContain('data-event-id="e8"');
    expect(body).toContain('data-marker="published"');
    expect(body).toContain('Expected, no date');
  });

  it('escapes markup in labels instead of rendering it', () => {
    const hostile = [{ ...SAMPLE_EVENTS[0], label: '<img src=x onerror=alert(1)>' }];
    const { body } = render(TimelineSvg, { props: { layout: layout(hostile, 800, { published: '2025-11-05' }) } });
    expect(body).toContain('&lt;img src=x onerror=alert(1)>');
    expect(body).not.toContain('<img');
  });
});
