// What the word budget and the common share must NOT do.
import { describe, expect, it } from 'vitest';
import { commonShare } from '../../src/lib/story/conciseness';
import { summarise } from '../../src/lib/story/summarise';
import { contentWords } from '../../src/lib/story/words';
import { inverseFrequency, tfidf } from '../../src/lib/story/vectors';

function views(texts: string[]) {
  const idf = inverseFrequency(texts.map(contentWords));
  return texts.map((text) => ({ text, vector: tfidf(contentWords(text), idf), words: contentWords(text) }));
}

const DAY = [
  'The council closed the Old Mill bridge on Monday after inspectors found deep cracks in its main span.',
  'Commuters queued for an hour on Elm Street as buses were sent the long way round the river.',
  'The mayor said a temporary footbridge would be built within a month of the closure.',
];

describe('summarise without a budget', () => {
  it('takes as many sentences as asked when no budget is given, however long they are', () => {
    expect(summarise(views(DAY), { sentences: 3, maxWords: 40, redundancy: 1 })).toHaveLength(3);
    expect(summarise(views(DAY), { sentences: 3, maxWords: 40, redundancy: 1, wordBudget: 0 })).toHaveLength(3);
  });

  it('does not change the pick when the common share has no weight', () => {
    const plain = summarise(views(DAY), { sentences: 2, maxWords: 40, redundancy: 1 });
    expect(summarise(views(DAY), { sentences: 2, maxWords: 40, redundancy: 1, commonWeight: 0 })).toEqual(plain);
  });
});

describe('commonShare without words', () => {
  it('gives a sentence with no content word no share rather than a division by zero', () => {
    expect(commonShare([[], ['bridge']], 0.5)).toEqual([0, 1]);
  });
});
