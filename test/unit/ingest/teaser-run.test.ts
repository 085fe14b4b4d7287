import { describe, expect, it } from 'vitest';
import { beforeTeaserRun } from '../../../src/lib/ingest/body/teaserRun';

// Other wire stories listed under the story, each a headline over its opening sentence with its
// own dateline, are a rail, not the story.
const story = [
  'The state electricity board will raise tariffs for large factories from April, its chairman told reporters after a two-hour board meeting.',
  'Households using less than a hundred units a month will pay the old rate, he said, and farmers will keep their free supply for pumps.',
];

describe('a run of dateline-led teasers after the story', () => {
  it('cuts the rail of other wire stories and its label', () => {
    const rail = [
      'More from the region',
      'Port strike called off',
      'Chennai, Mar 3 (PTI): Dock workers at the city port called off their strike on Monday after talks with the port trust.',
      'Flower show opens',
      'Bangalore, Mar 3 (IANS): The annual flower show opened at the botanical garden today with more than a thousand kinds of roses.',
    ];
    expect(beforeTeaserRun([...story, ...rail])).toEqual(story);
  });

  it('cuts teasers whose datelines carry a state and a dash', () => {
    const rail = [
      'SALEM, Oregon, Mar. 3 (Reuters) - A school board voted on Monday to close two rural schools.',
      'Bridge reopens',
      'EUGENE, Oregon, Mar. 3 (Reuters) - The river bridge reopened to traffic on Monday after repairs.',
    ];
    expect(beforeTeaserRun([...story, ...rail])).toEqual(story);
  });

  it('cuts a rail of teasers whose blurbs the template cut off mid-sentence', () => {
    const rail = [
      'Other news in business',
      'Mill to close',
      'The paper mill on the east bank will close in the summer after eighty years, its owners told the workers on Monday, and the...',
      'Bakery chain grows',
      'A family bakery chain that began with one shop in the old market plans to open ten more across the region by the end of…',
    ];
    expect(beforeTeaserRun([...story, ...rail])).toEqual(story);
  });
});
