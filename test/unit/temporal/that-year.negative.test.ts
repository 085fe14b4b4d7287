import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What "that year" / "the same year" must not take: a comparison, a year no sentence named, a
// year named long before. Sentences written for these tests; published 2021-03-10.
const all = (text: string) => tagTimexes(text, '2021-03-10').map((t) => [t.text, t.value]);

describe('tagTimexes: no year named again', () => {
  it('leaves "the same year as" alone: a comparison, not a time', () => {
    expect(all('The mill opened in 1952, the same year as the railway station.')).toEqual([['1952', '1952']]);
  });
  it('leaves "that year" alone when no year was named before it', () => {
    expect(all('Nobody in the village forgot that year of floods.')).toEqual([]);
  });
  it('leaves "that year" alone when the year was named far back', () => {
    const filler = ' The members argued about roads, schools, parks and the library, and could not agree on a single line of the plan.'.repeat(6);
    expect(all(`The mill opened in 1952.${filler} Nobody forgot that year.`)).toEqual([['1952', '1952']]);
  });
  it('leaves "the same year in which ..." alone: a year defined by its clause', () => {
    expect(all('The mill opened in 1952. Prices rose in the same year in which the railway closed.')).toEqual([['1952', '1952']]);
  });
});
