// "Update" or "updated" as a word of the story, with no stamp closed by a colon or a bracket,
// keeps the day. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2021-09-14';
const datesOf = dateWordsWith(PUBLISHED);

describe('an update told as news keeps its day', () => {
  it('keeps updated figures released on a day', () => {
    const text = 'Updated figures released on Monday show the deficit widened.';
    expect(datesOf(text, [['Monday', '2021-09-13']])).toEqual(['Monday']);
  });
  it('keeps an update the company pushed on a day', () => {
    const text = 'Updates to the app arrived on Monday, the company said.';
    expect(datesOf(text, [['Monday', '2021-09-13']])).toEqual(['Monday']);
  });
});
