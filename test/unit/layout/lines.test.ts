import { describe, expect, it } from 'vitest';
import { fitLines, wrap, wrapLines } from '../../../src/lib/layout/lines';
import { textWidth } from '../../../src/lib/layout/textWidth';

const fs = 13;

describe('wrapping a label into a column', () => {
  it('breaks between words and keeps every line inside the column', () => {
    const w = wrapLines('Kim admitted to sending thousands of troops to Kursk, Russia', 100, fs);
    expect(w.lines.join(' ')).toBe('Kim admitted to sending thousands of troops to Kursk, Russia');
    for (const l of w.lines) expect(textWidth(l, fs)).toBeLessThanOrEqual(100);
  });

  it('breaks a compound after its hyphen rather than cutting it', () => {
    expect(wrapLines('Ukraine had counter-invaded', 70, fs).lines).toEqual(['Ukraine', 'had', 'counter-', 'invaded']);
    expect(wrap('Ukraine had counter-invaded', 90, fs, 3)).toEqual(['Ukraine had', 'counter-', 'invaded']);
  });

  it('never breaks at a leading or trailing hyphen', () => {
    expect(wrapLines('a -5 degree night', 20, fs).lines).toContain('-5');
  });

  it('carries the rest on the last line allowed, cut between words', () => {
    expect(wrap('Kim admitted to sending thousands of troops to Kursk, Russia', 100, fs, 2)).toEqual(['Kim admitted', 'to sending…']);
  });

  it('drops a last line that could only end inside its first word', () => {
    // "thousands…" is wider than the column: rather than "thousan…", the line before ends the label.
    const w = wrapLines('Kim admitted to sending thousands of troops', 80, fs);
    expect(w.lines).toEqual(['Kim', 'admitted to', 'sending', 'thousands', 'of troops']);
    expect(fitLines(w, 4, 80, fs)).toEqual(['Kim', 'admitted to', 'sending…']);
  });

  it('drops a last line that could only end after a leading word, when the line before ends well', () => {
    // Line three could only read "the…"; two lines ending "met…" say as much, properly.
    const w = wrapLines('Officials met with the delegation yesterday', 60, fs);
    expect(w.lines.slice(0, 3)).toEqual(['Officials', 'met with', 'the']);
    expect(fitLines(w, 3, 60, fs)).toEqual(['Officials', 'met…']);
  });

  it('keeps a bad end rather than lose two lines to avoid it', () => {
    // At 70 px line three can only read "to…", and line two could not hold "admitted…".
    const w = wrapLines('Kim admitted to sending thousands of troops', 70, fs);
    expect(w.lines.slice(0, 3)).toEqual(['Kim', 'admitted', 'to sending']);
    expect(fitLines(w, 4, 70, fs)).toEqual(['Kim', 'admitted', 'to…']);
  });

  it('keeps a label that fits its lines whole', () => {
    expect(wrap('They are preparing for its own parade', 140, fs, 4)).toEqual(['They are preparing', 'for its own parade']);
  });
});
