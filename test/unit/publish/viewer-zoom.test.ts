import { describe, expect, it } from 'vitest';
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

  it('pans and stops at either end', () => {
    expect(panWindow({ start: 10, end: 30 }, domain, 15)).toEqual({ start: 25, end: 45 });
    expect(panWindow({ start: 10, end: 30 }, domain, -50)).toEqual({ start: 0, end: 20 });
    expect(panWindow({ start: 10, end: 30 }, domain, 500)).toEqual({ start: 80, end: 100 });
  });

  it('clamps a window wider than the domain to the domain', () => {
    expect(clampWindow({ start: -10, end: 200 }, domain)).toEqual(domain);
  });

  it('knows when it shows everything', () => {
    expect(isFit(domain, domain)).toBe(true);
    expect(isFit({ start: 1, end: 100 }, domain)).toBe(false);
  });
});
