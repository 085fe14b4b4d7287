import type { ParsingResult } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { hoursLetGo, parseSentence } from '../../../src/lib/temporal/newsChrono';

// Where the clock parser's hours may count, it is run as before.
const readings = (...spans: [number, string][]) => spans.map(([index, text]) => ({ index, text })) as ParsingResult[];

describe('a sentence the clock parser is still run on', () => {
  it('writes a form chrono reads as a clock: "at" or "from" before a figure, minutes after a colon, "p.m.", a span', () => {
    expect(hoursLetGo('The ferry docks at 15 past noon.', [])).toBe(false);
    expect(hoursLetGo('Gates open from 9 daily.', [])).toBe(false);
    expect(hoursLetGo('The ferry docks by 10:30 daily.', [])).toBe(false);
    expect(hoursLetGo('The ferry docks by 5 p.m. daily.', [])).toBe(false);
    expect(hoursLetGo('The ferry docks by 5 o\u2019clock daily.', [])).toBe(false);
    expect(hoursLetGo('The shift runs 3 to 5 daily.', [])).toBe(false);
    expect(hoursLetGo('The shift runs 3-5 daily.', [])).toBe(false);
  });

  it('has figures running into another reading, or within one that a reading before it overlaps', () => {
    expect(hoursLetGo('Lot 15 of March', readings([5, '5 of March']))).toBe(false);
    expect(hoursLetGo('Lot 15 of March', readings([0, 'Lot 1'], [4, '15 of March']))).toBe(false);
  });

  it('gives what it gave', () => {
    const REF = new Date(Date.UTC(2031, 6, 9, 12));
    const OPTION = { newsline: { reference: { year: 2031, month: 7, day: 9 } } } as object;
    expect(parseSentence('From 10 to 12 March the fleet of 40 boats waited.', REF, OPTION).map((r) => [r.index, r.text])).toEqual([[5, '10 to 12 March']]);
  });
});
