import { describe, expect, it } from 'vitest';
import type { TimeScale } from '../../../src/lib/layout/scale';
import { clampWindow, isFit, panWindow, zoomWindow } from '../../../src/lib/publish/viewer-zoom';

const domain = { start: 0, end: 100 };

describe('the embed viewer zoom', () => {
  it.each([
    { w: domain, factor: 2, anchor: 0.5, expected: { start: 25, end: 75 } },
    { w: domain, factor: 2, anchor: 0, expected: { start: 0, end: 50 } },
    { w: { start: 25, end: 75 }, factor: 0.5, anchor: 0.5, expected: { start: 0, end: 100 } },
    { w: { start: 40, end: 60 }, factor: 0.25, anchor: 0.5, expected: { start: 10, end: 90 } },
    { w: { start: 0, end: 20 }, factor: 0.25, anchor: 0.5, expected: { start: 0, end: 80 } },
    { w: { start: 49, end: 53 }, factor: 4, anchor: 0.5, expected: { start: 49.5, end: 52.5 } },
  ])('zooms $w by $factor around $anchor to $expected', ({ w, factor, anchor, expected }) => {
    expect(zoomWindow(w, domain, factor, anchor)).toEqual(expected);
  });

  it('never zooms out past the whole timeline', () => {
    expect(zoomWindow(domain, domain, 0.1)).toEqual(domain);
  });

  it('pans by a share of the window and stops at either end', () => {
    expect(panWindow({ start: 10, end: 30 }, domain, 0.75)).toEqual({ start: 25, end: 45 });
    expect(panWindow({ start: 10, end: 30 }, domain, -2.5)).toEqual({ start: 0, end: 20 });
    expect(panWindow({ start: 10, end: 30 }, domain, 25)).toEqual({ start: 80, end: 100 });
  });

  it('clamps a window wider than the domain to the domain', () => {
    expect(clampWindow({ start: -10, end: 200 }, domain)).toEqual(domain);
  });

  it('knows when it shows everything', () => {
    expect(isFit(domain, domain)).toBe(true);
    expect(isFit({ start: 1, end: 100 }, domain)).toBe(false);
  });
});

describe('the embed viewer zoom on a condensed axis', () => {
  // Days 0-10 and 90-100 kept, each 100 units long; days 10-90 cut to a 10-unit break.
  const scale: TimeScale = { days: [0, 10, 90, 100], units: [0, 100, 110, 210], breaks: [{ fromDay: 10, toDay: 90 }] };

  it('zooms in axis units, so the busy first days fill the view at the left anchor', () => {
    const w = zoomWindow(domain, domain, 2, 0, 3, scale);
    expect(w.start).toBe(0);
    // half the 210 units is 105: the 10 busy days, the break's first half, no later day
    expect(w.end).toBeCloseTo(50, 6);
  });

  it('pans by a share of the window in axis units, across the break', () => {
    const w = panWindow({ start: 0, end: 10 }, domain, 1, scale);
    expect(w.start).toBeCloseTo(10, 6);
    // 100 units on: the 10-unit break, then 90 units (9 days) of the last stretch
    expect(w.end).toBeCloseTo(99, 6);
  });

  it('keeps a zoom of at least three days of the busiest stretch', () => {
    const w = zoomWindow({ start: 2, end: 6 }, domain, 100, 0.5, 3, scale);
    expect(w.end - w.start).toBeCloseTo(3, 6);
  });
});
