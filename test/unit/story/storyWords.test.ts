import { describe, expect, it } from 'vitest';
import { prepareCollection } from '../../../src/lib/story';
import { storyWords } from '../../../src/lib/story/storyWords';
import { chooseEntryLabel } from '../../../src/lib/story/entryLabel';

const article = (id: string, published: string, text: string) => ({ id, published, text });
const COVERAGE = [
  article('a', '2024-05-02', 'The Rhine flooded Cologne on Tuesday. Firefighters evacuated 300 homes near the river.'),
  article('b', '2024-05-03', 'Cologne opened shelters as the Rhine kept rising on Thursday. The river crested at 9 metres.'),
  article('c', '2024-05-04', 'The Rhine fell in Cologne on Friday. Snow closed two passes in the Alps on Friday.'),
];

describe('the words a story is told in', () => {
  const words = storyWords(prepareCollection(COVERAGE), 3);

  it('are the content words the most articles use, once per article', () => {
    expect(words).toEqual(new Set(['cologne', 'rhine', 'river']));
  });

  it('let an entry pass over a sentence about something else for one on the story', () => {
    const sources = [
      { text: 'Snow closed two passes in the Alps on Friday.', label: 'Snow closed two passes in the Alps' },
      { text: 'The Rhine fell in Cologne on Friday.', label: 'The Rhine fell in Cologne' },
    ];
    const onStory = (i: number) => sources[i].text.toLowerCase().split(/\W+/).some((w) => words.has(w));
    expect(chooseEntryLabel(sources, () => null, new Set(), onStory)).toEqual({ label: 'The Rhine fell in Cologne', source: 1 });
  });
});
