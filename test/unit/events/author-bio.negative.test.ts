// A story that tells of a writer in its body, or a closing paragraph that does not open on what a
// writer is, keeps its dates. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2019-03-05';
const datesOf = dateWordsWith(PUBLISHED);

describe('a writer in the story keeps the dates', () => {
  it('keeps a reporter whose story goes on for paragraphs after', () => {
    const text = 'Dana Cole is a veteran reporter who was detained at the border on Monday.\n\nHer editor said she was questioned for hours.\n\nThe ministry gave no reason.\n\nPress groups protested.\n\nThe embassy is seeking her release.';
    expect(datesOf(text, [['Monday', '2019-03-04']])).toEqual(['Monday']);
  });
  it('keeps a closing paragraph that opens on the story, not the writer', () => {
    const text = 'The council voted on Monday to close the old library.\n\nThe building, a gift of the founders, opened in 1911 and was enlarged in 1960.';
    expect(datesOf(text, [['Monday', '2019-03-04'], ['1911', '1911'], ['1960', '1960']])).toEqual(['1911', '1960', 'Monday']);
  });
  it('keeps a reporter named in an apposition whose deed is told', () => {
    const text = 'The council voted on Monday to close the old library.\n\nJo Hale, a reporter for the Herald, was the first to report the plan in 2017.';
    expect(datesOf(text, [['Monday', '2019-03-04'], ['2017', '2017']])).toEqual(['2017', 'Monday']);
  });
});
