import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Which side of publication a date falls on, told by the verb group that governs it (issue 13's
// dates on the wrong side). Sentences written for these tests; published Wednesday 11 March 2026
// unless a test says otherwise.
const values = (text: string, published = '2026-03-11') => tagTimexes(text, published).map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: the verb group tells the side of publication', () => {
  it('the perfect of ordering with a long object, commas and all: the act ordered is ahead', () => {
    expect(values('The governor has ordered the heads of the fire service, the water board and the county engineer to inspect the dam on Friday.')).toEqual(['Friday|2026-03-13']);
  });
  it('"plans for X to meet ... on Saturday": a plan\'s infinitive with its own subject is ahead', () => {
    expect(values('Aides said there are no plans for the two rivals to debate the budget during the bus tour on Saturday.')).toEqual(['Saturday|2026-03-14']);
  });
  it('"pressure was now mounting on the mayor to call a referendum as early as June"', () => {
    expect(values('Officials said pressure was now mounting on the mayor to call a referendum as early as June.')).toEqual(['now|PRESENT_REF', 'June|2026-06']);
  });
  it('"ahead of her departure on Friday": the noun a clause is done ahead of, with its own day, is the nearest one', () => {
    expect(values('The minister met union leaders ahead of her departure on Friday for the summit.')).toEqual(['Friday|2026-03-13']);
  });
  it('", followed by Riga on April 2" continues the clause before it, which looks ahead', () => {
    expect(values('Her first visits as president will be to Oslo, followed by Riga on April 2.')).toEqual(['April 2|2026-04-02']);
  });
  it('a participle right after a modal ("will counted", a dropped "be") is the modal\'s', () => {
    expect(values('The ballots will counted by the clerk in mid-May, who will then publish the totals.')).toEqual(['mid-May|2026-05']);
  });
  it('a participle joined by "or" to a passive ("should be kept or lowered") points where the auxiliary does', () => {
    expect(values('The director would not say whether the quota should be kept or lowered for the third quarter.')).toEqual(['the third quarter|2026-Q3']);
  });
  it('"the handover comes Thursday": what comes on a named day is on the timetable', () => {
    expect(values('The handover comes Thursday, with the outgoing chief flying to the new base.')).toEqual(['Thursday|2026-03-12']);
  });
  it('a participle after a name\'s possessive describes its noun, no past act', () => {
    expect(values('Regulators announced last week plans to impose fines of up to 2 mln dlrs on the two largest paper mills on April 20 over the company\'s alleged dumping.')).toEqual(['last week|2026-W10', 'April 20|2026-04-20']);
  });
  it('and after a plural\'s possessive ("the owners\' alleged dumping")', () => {
    expect(values('Regulators announced last week plans to impose fines of up to 2 mln dlrs on the two largest paper mills on April 20 over the owners\' alleged dumping.')).toEqual(['last week|2026-W10', 'April 20|2026-04-20']);
  });
});
