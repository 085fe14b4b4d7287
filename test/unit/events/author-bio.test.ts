// The writer's biography a page keeps after the story: its years are the writer's career, no
// happening of the story. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2019-03-05';
const datesOf = dateWordsWith(PUBLISHED);
const STORY = 'The council voted on Monday to close the old library.\n\nThe building will be sold, the mayor said.\n\n';

describe("a writer's box closing the page dates no event", () => {
  it('drops the years of a bio opening on what the writer is', () => {
    const text = `${STORY}Dana is a longtime reporter and the author of two books on city hall. She came to Ohio in 2004 and joined the paper in 2009.`;
    expect(datesOf(text, [['Monday', '2019-03-04'], ['2004', '2004'], ['2009', '2009']])).toEqual(['Monday']);
  });
  it('drops the years of a bio opening on the outlet the writer was with', () => {
    const text = `${STORY}Tomas has been with the Gazette since 2011. In 2018 he won a state award for his court coverage.`;
    expect(datesOf(text, [['Monday', '2019-03-04'], ['2011', '2011'], ['2018', '2018']])).toEqual(['Monday']);
  });
  it('drops a year in the paragraph after the bio opens, with a contact line after', () => {
    const text = `${STORY}Lee Park is a business writer for the Herald.\n\nLee Park, a staff writer at the Herald, covers retail. At the paper since 2002, she has reported on three recessions.\n\nShe can be reached at lpark@example.com.`;
    expect(datesOf(text, [['Monday', '2019-03-04'], ['2002', '2002']])).toEqual(['Monday']);
  });
});
