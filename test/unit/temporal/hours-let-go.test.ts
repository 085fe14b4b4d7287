import type { ParsingResult } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { hoursLetGo, parseSentence } from '../../../src/lib/temporal/newsChrono';

// A sentence whose figures the clock parser could read only as hours it would let go (no "at",
// no colon, no "p.m.", no span after a figure, and every run of figures touching no other reading
// or lying within a longer one) does not run it. Purely a speed device: what a sentence gives is
// what it gave.
const readings = (...spans: [number, string][]) => spans.map(([index, text]) => ({ index, text })) as ParsingResult[];

describe('figures the clock parser would read only as hours let go', () => {
  it('stand alone, touching no other reading', () => {
    expect(hoursLetGo('Fuel rose 4.5 pct to 9.99 dollars, 1234.56 in all.', [])).toBe(true);
    expect(hoursLetGo('Some 250 staff and 14 barges stayed.', readings([0, 'Some']))).toBe(true);
  });

  it('lie within a longer reading that none starting before it overlaps', () => {
    expect(hoursLetGo('The mill shut on March 15, 2031, for good.', readings([17, 'March 15, 2031']))).toBe(true);
    expect(hoursLetGo('Lot 15 of March', readings([0, 'Lot 15'], [4, '15 of March']))).toBe(true);
  });
});

describe('a sentence the clock parser is not run on', () => {
  it('gives what it gave', () => {
    const REF = new Date(Date.UTC(2031, 6, 9, 12));
    const OPTION = { newsline: { reference: { year: 2031, month: 7, day: 9 } } } as object;
    const read = (text: string) => parseSentence(text, REF, OPTION).map((r) => [r.index, r.text]);
    expect(read('The mill shut on March 15, 2031, and reopened 14 months later with 250 staff.')).toEqual([[17, 'March 15, 2031'], [46, '14 months later']]);
    expect(read('Fuel rose 4.5 pct to 9.99 dollars on 12 May, its 3rd rise in 20 days.')).toEqual([[34, 'on 12 May'], [61, '20 days']]);
    expect(read('The 14 ships sailed on 3 June 2030 and 11 returned by 19.30 on the 21st.')).toEqual([[20, 'on 3 June 2030'], [63, 'the 21st']]);
    expect(read('Bids of 1.25 and 1.5 pct closed 2 days early, on Monday 15.')).toEqual([[32, '2 days'], [49, 'Monday']]);
  });
});
