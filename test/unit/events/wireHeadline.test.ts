// A wire story's headline in capitals, followed by the copy's dateline, dates its news.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { inWireHeadline } from '../../../src/lib/events/wireHeadline';
import { timexOf } from './helpers';

const TEXT = 'HARBOUR BOARD RAISED MOORING FEES IN MARCH\n\nOSLO, April 2 - The harbour board raised mooring fees by a tenth in March, its chairman said.\n';

describe('a wire headline in capitals', () => {
  it('is told apart by the dateline that opens the next line', () => {
    expect(inWireHeadline(TEXT, timexOf(TEXT, 'MARCH', '2024-03'))).toBe(true);
  });
  it('dates the headline’s news by its month', () => {
    const events = buildEvents(TEXT, [timexOf(TEXT, 'MARCH', '2024-03'), timexOf(TEXT, 'April 2', '2024-04-02'), timexOf(TEXT, 'March,', '2024-03')].map((t) => (t.text === 'March,' ? { ...t, end: t.end - 1, text: 'March' } : t)), '2024-04-02');
    expect(events.filter((e) => e.when.text === 'MARCH').map((e) => [e.when.start, e.when.end, e.status])).toEqual([['2024-03-01', '2024-03-31', 'past']]);
  });
  it('reads a dateline whose city is keyed in lower case', () => {
    const text = 'FERRY LINE TO ADD TWO ROUTES IN AUGUST\n\nBergen, May 3 - The ferry line plans to add two routes in August, its director said.';
    expect(inWireHeadline(text, timexOf(text, 'AUGUST', '2024-08'))).toBe(true);
  });
  it('reads a dateline with a state after the city', () => {
    const text = 'GRAIN SHIPPER TO OPEN THREE TERMINALS IN 1988\n\nDULUTH, Minn., Nov 12 - The company said it would open the terminals next year.';
    expect(inWireHeadline(text, timexOf(text, '1988', '1988'))).toBe(true);
  });
});
