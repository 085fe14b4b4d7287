// Issue 13: "back in the day" is the idiom for long ago, and a magazine's section before a slash
// and its date ("Business / March 3, 2022") is the page's stamp. Neither dates a happening.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2022-03-03';
const datesOf = dateWordsWith(PUBLISHED);

describe('idioms and stamps that date nothing', () => {
  it('drops "back in the day"', () => {
    expect(datesOf('“Back in the day, we walked to school in the snow,” the mayor recalled.', [['the day', '2022-03-03']])).toEqual([]);
  });
  it("drops a section's name and the stamp after its slash", () => {
    expect(datesOf('Business / March 3, 2022\nThe bakery chain closed four shops on Tuesday.', [['March 3, 2022', '2022-03-03'], ['Tuesday', '2022-03-01']])).toEqual(['Tuesday']);
  });
});
