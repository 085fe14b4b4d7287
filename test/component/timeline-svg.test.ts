import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { layout } from '../../src/lib/layout';
import TimelineSvg from '../../src/lib/timeline/TimelineSvg.svelte';
import { SAMPLE_EVENTS } from '../unit/layout/fixtures';

const l = layout(SAMPLE_EVENTS, 1000, { published: '2025-11-05' });

describe('TimelineSvg', () => {
  it('draws every mark with its id, status and inclusive days', () => {
    const { container } = render(TimelineSvg, { layout: l });
    const drill = container.querySelector('[data-event-id="e8"]')!;
    expect(drill.getAttribute('data-status')).toBe('projected');
    expect(drill.getAttribute('data-start')).toBe('2026-03-01');
    expect(drill.getAttribute('data-end')).toBe('2026-03-31');
    const parade = container.querySelector('[data-event-id="e10"]')!;
    expect(parade.getAttribute('data-start')).toBe('');
    expect(parade.getAttribute('data-end')).toBe('');
  });

  it('draws the Published line and a cluster carrying its count', () => {
    // Five lanes a side (the sample gets more by default, and then needs no cluster).
    const { container } = render(TimelineSvg, { layout: layout(SAMPLE_EVENTS, 1000, { published: '2025-11-05', maxLanes: 5 }) });
    expect(container.querySelector('[data-marker="published"]')).not.toBeNull();
    const cluster = container.querySelector('[data-cluster]')!;
    expect(Number(cluster.getAttribute('data-count'))).toBeGreaterThan(1);
  });

  it('keeps its legend to two inline words, past and expected', () => {
    const { container } = render(TimelineSvg, { layout: l });
    expect(Array.from(container.querySelectorAll('.nl-legend text'), (t) => t.textContent)).toEqual(['Past', 'Expected']);
  });

  it('makes marks focusable buttons only when interactive', () => {
    const { container } = render(TimelineSvg, { layout: l, interactive: true });
    const mark = container.querySelector('[data-event-id="e8"]')!;
    expect(mark.getAttribute('tabindex')).toBe('0');
    expect(mark.getAttribute('aria-label')).toBe('Joint military training with the U.S., March 2026, projected, planned');
  });
});
