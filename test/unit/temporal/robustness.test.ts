import { describe, expect, it } from 'vitest';
import type { Timex } from '../../../src/lib/document';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Pathological inputs must finish (their time is measured by hand and in `npm run bench`,
// not asserted here) and give well-formed spans.
function expectWellFormed(text: string, timexes: Timex[]) {
  let end = 0;
  const bad = timexes.filter((t) => {
    const ok = t.start >= end && t.end > t.start && text.slice(t.start, t.end) === t.text;
    end = t.end;
    return !ok;
  });
  expect(bad).toEqual([]);
}

// generous limits: these inputs are about finishing at all, on any machine
const SLOW = { timeout: 120_000 };

describe('tagTimexes on hostile input', () => {
  it('reads "last last ... last week" repeated 10,000 times as one week', () => {
    const text = 'last '.repeat(10_000) + 'week';
    const timexes = tagTimexes(text, '2025-11-05');
    expectWellFormed(text, timexes);
    expect(timexes.map((t) => t.value)).toEqual(['2025-W44']);
  });

  it('tags a 5 MB article made of a repeated news paragraph', SLOW, () => {
    const paragraph = 'Officials met on Tuesday and will meet again next week, three years after talks began in March 2022. ';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const timexes = tagTimexes(text, '2025-11-05');
    expectWellFormed(text, timexes);
    expect(timexes.length).toBe(4 * Math.ceil(5_000_000 / paragraph.length));
  });

  it('tags thousands of numbers without inventing dates', SLOW, () => {
    const text = Array.from({ length: 20_000 }, (_, i) => String((i * 7919) % 100_000)).join(' ');
    const timexes = tagTimexes(text, '2025-11-05');
    expectWellFormed(text, timexes);
    for (const t of timexes) expect(t.value).toMatch(/^(?:1[89]|20)\d\d$/);
  });

  it('survives binary junk', SLOW, () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const text = Array.from({ length: 200_000 }, () => String.fromCharCode(Math.floor(random() * 65_536))).join('');
    expectWellFormed(text, tagTimexes(text, '2025-11-05'));
  });

  it('survives a million spaces and a million digits', SLOW, () => {
    for (const text of [' '.repeat(1_000_000), '9'.repeat(1_000_000)]) expectWellFormed(text, tagTimexes(text, '2025-11-05'));
  });
});
