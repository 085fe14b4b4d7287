// What a story timeline must NOT hold.
import { describe, expect, it } from 'vitest';
import { storyOf, type StoryArticle } from '../../../src/lib/story';

const A: StoryArticle = {
  id: 'a',
  published: '2011-02-01',
  text:
    'Protesters filled Tahrir Square in Cairo on Tuesday, demanding that the president step down.\n' +
    'Police fired tear gas at crowds near the parliament building on Monday night.\n' +
    'January 31, 2011 at 5:48 pm | Reply I think the protests will win.\n' +
    'January 31, 2011 at 6:02 pm | Nobody cares about this, the protests will fail on January 31.',
};

describe('storyOf, what it leaves out', () => {
  it('never counts reader comments: their stamps name no day and their words are no entry', () => {
    const story = storyOf([A], { dates: 5, sentences: 3 });
    const text = story.timeline.flatMap((e) => e.sentences).join(' ');
    expect(text).not.toMatch(/Reply|Nobody cares/);
    // January 31 is named by the Monday-night sentence, not by the comments; February 1 by Tuesday
    expect(story.timeline.map((e) => e.date)).toEqual(['2011-01-31', '2011-02-01']);
  });

  it('gives no more days than --dates and no more sentences a day than --sentences', () => {
    const story = storyOf([A], { dates: 1, sentences: 1 });
    expect(story.timeline).toHaveLength(1);
    expect(story.timeline[0].sentences).toHaveLength(1);
  });

  it('does not repeat a sentence wired by two outlets', () => {
    const same = 'Troops entered the city of Homs on Friday after a week of shelling, residents said.';
    const story = storyOf(
      [
        { id: 'x', published: '2012-03-03', text: same },
        { id: 'y', published: '2012-03-03', text: same },
      ],
      { dates: 1, sentences: 2 },
    );
    expect(story.timeline[0].sentences).toEqual([same]);
  });

  it('gives an empty timeline, not an error, when no article falls in the span', () => {
    expect(storyOf([A], { dates: 3, sentences: 1, start: '2012-01-01', end: '2012-12-31' }).timeline).toEqual([]);
  });
});
