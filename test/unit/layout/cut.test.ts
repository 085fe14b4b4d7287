import { describe, expect, it } from 'vitest';
import { bestCut, cutTable, truncate } from '../../../src/lib/layout/cut';
import { textWidth } from '../../../src/lib/layout/textWidth';

const fs = 13;
/** The room that just holds `kept` plus the ellipsis. */
const roomFor = (kept: string) => textWidth(`${kept}\u2026`, fs) + 0.5;

describe('truncate cuts a label the way an editor would', () => {
  it.each([
    // [label, the room holds exactly this much, what is drawn]
    ['Kim admitted to sending thousands of troops to Kursk, Russia', 'Kim admitted to sending thousands of', 'Kim admitted to sending thousands…'],
    ['Trump said that he would love to meet with him', 'Trump said that he would love to', 'Trump said that he would love…'],
    ['Choe met with Putin to discuss bilateral trade', 'Choe met with Putin to discuss the', 'Choe met with Putin to discuss…'],
    ['Various members of the National Assembly shared details', 'Various members of the', 'Various members…'],
    ['Trump visited Malaysia, Japan, and South Korea', 'Trump visited Malaysia, Japan, and', 'Trump visited Malaysia, Japan…'],
    ['The ministry will spend 1.5 million dollars on roads', 'The ministry will spend 1.5', 'The ministry will spend…'],
    ['Sales rose 12 percent in the third quarter', 'Sales rose 12', 'Sales rose…'],
    ['The army sent 10 000 troops to the border', 'The army sent 10', 'The army sent…'],
    ['The army sent 10,000 troops to the border', 'The army sent 10,000', 'The army sent 10,000…'],
    ['Kim attended a groundbreaking ceremony for a museum', 'Kim attended a groundbreaking ceremony for a mus', 'Kim attended a groundbreaking ceremony…'],
  ])('%s, in the room of "%s", reads "%s"', (label, fits, drawn) => {
    expect(truncate(label, roomFor(fits), fs)).toBe(drawn);
  });

  it('keeps a label that fits whole, with no ellipsis', () => {
    expect(truncate('NIS briefs lawmakers', 200, fs)).toBe('NIS briefs lawmakers');
  });

  it('ends a cut before a leading word only when it has no punctuation after it', () => {
    // "so that," closes a phrase; the comma is dropped and the cut may end there.
    expect(truncate('He stayed so that, in the end, nobody left', roomFor('He stayed so that, in'), fs)).toBe('He stayed so that…');
  });

  it('falls back to a cut after a leading word rather than inside a word', () => {
    expect(truncate('Of the many reasons given, none held', roomFor('Of the m'), fs)).toBe('Of the…');
  });

  it('cuts inside the first word only when not even that fits, and never inside a number', () => {
    expect(truncate('Internationally-recognised borders', roomFor('Internatio'), fs)).toBe('Internatio\u2026');
    expect(truncate('1,234,567 people voted', roomFor('1,234,5'), fs)).toBe('\u2026');
  });

  it('always fits the width it was given', () => {
    const label = 'President Trump visited Malaysia, Japan, and South Korea for policy discussions';
    for (let room = 20; room < 500; room += 7) expect(textWidth(truncate(label, room, fs), fs)).toBeLessThanOrEqual(room + 0.01);
  });
});

describe('cut tables answer for any room', () => {
  const t = cutTable('Choe met with Putin to discuss trade', fs);

  it('gives the whole text when it fits', () => {
    expect(bestCut(t, t.width)).toBe(t.ends.length);
  });

  it('gives -1 when not even the first word fits', () => {
    expect(bestCut(t, 5)).toBe(-1);
  });

  it('never offers a cut after a leading word when a good one fits', () => {
    const k = bestCut(t, roomFor('Choe met with'));
    expect(t.text.slice(0, t.ends[k])).toBe('Choe met');
  });
});
