import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A narrative places a month or season in the year it last named. Sentences written for these tests.
describe('tagTimexes: a month or season "of that year"', () => {
  it('takes the year the story last named, and the words "of that year"', () => {
    const t = tagTimexes('The mill opened in 1952. In May of that year, the first looms ran. By the winter of that year, 300 people worked there.', '2021-03-10');
    expect(t.map((x) => [x.text, x.value])).toEqual([['1952', '1952'], ['May of that year', '1952-05'], ['the winter of that year', '1952-WI']]);
  });
});
