// A chronology's entries open their lines on a date and a dash too: they are events, and keep
// their days. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '1988-03-02';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => [e.when.text, e.when.start]);

describe('a chronology keeps its entries', () => {
  it('keeps two entries that open their lines on a full date', () => {
    const text = 'Floods on the river:\nMay 9, 1979 - The levee breaks at Ardmore.\nJune 2, 1983 - Two towns are evacuated.';
    expect(datesOf(text, [['May 9, 1979', '1979-05-09'], ['June 2, 1983', '1983-06-02']])).toEqual([['May 9, 1979', '1979-05-09'], ['June 2, 1983', '1983-06-02']]);
  });
  it('keeps a chronology whose first entry alone carries its year', () => {
    const text = 'Below is a timeline of the flood.\nMay 9, 1979 - The levee breaks at Ardmore.\nMay 11 - Two towns are evacuated.';
    expect(datesOf(text, [['May 9, 1979', '1979-05-09'], ['May 11', '1979-05-11']])).toEqual([['May 9, 1979', '1979-05-09'], ['May 11', '1979-05-11']]);
  });
});
