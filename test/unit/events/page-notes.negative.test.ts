// Issue 13: a page's note on itself ("This article was updated on Tuesday to add ...") and its
// labels for readers who cannot see a picture ("Image caption, Crowds gathered ...") are furniture:
// they date the page or a photograph, not the news. Lines written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2023-06-07';
const datesOf = dateWordsWith(PUBLISHED);

describe("a page's notes and picture labels", () => {
  it('drops "This article was updated on ..."', () => {
    const text = 'The ferry ran aground on Monday, the coastguard said.\nThis article was updated on Tuesday to add the operator’s statement.';
    expect(datesOf(text, [['Monday', '2023-06-05'], ['Tuesday', '2023-06-06']])).toEqual(['Monday']);
  });
  it('drops an "Image caption," line', () => {
    const text = 'The ferry ran aground on Monday, the coastguard said.\nImage caption, Passengers waited on the quay on Sunday\nTugs freed the ship overnight.';
    expect(datesOf(text, [['Monday', '2023-06-05'], ['Sunday', '2023-06-04']])).toEqual(['Monday']);
  });
});
