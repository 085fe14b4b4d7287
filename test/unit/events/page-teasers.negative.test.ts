// Issue 13: what a page sets between paragraphs is no part of the story: a "Read next:" link, a
// tag list ("Filed under: ..., 2022 Election") and a video teaser opening on its length ("3:12
// Floods cut off ..."). Their dates belong to other stories or to no story. Lines written for
// these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2022-10-07';
const datesOf = (text: string, timexes: [string, string, string?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'TIME') ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

const story = (line: string) => `The council approved the budget on Thursday, its leader said.\n${line}\nThe vote was 31 to 12.`;

describe('page teasers and tag lists between paragraphs', () => {
  it('drops a "Read next:" link', () => {
    expect(datesOf(story('READ NEXT: Storm to batter the coast on Saturday'), [['Thursday', '2022-10-06'], ['Saturday', '2022-10-08']])).toEqual(['Thursday']);
  });
  it('drops a tag list with a year in a name', () => {
    expect(datesOf(story('Filed under: Local councils, 2022 Election'), [['Thursday', '2022-10-06'], ['2022', '2022']])).toEqual(['Thursday']);
  });
  it('drops a video teaser that opens on its length', () => {
    expect(datesOf(story('3:12 Floods cut off villages in the north'), [['Thursday', '2022-10-06'], ['3:12', '2022-10-07T03:12', 'TIME']])).toEqual(['Thursday']);
  });
});
