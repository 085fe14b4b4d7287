// The centroid summariser: closeness to what a day's candidates share, without repeats.
import { describe, expect, it } from 'vitest';
import { fitsEntry, summarise } from '../../../src/lib/story/summarise';
import { contentWords } from '../../../src/lib/story/words';
import { inverseFrequency, tfidf } from '../../../src/lib/story/vectors';

function views(texts: string[]) {
  const idf = inverseFrequency(texts.map(contentWords));
  return texts.map((text) => ({ text, vector: tfidf(contentWords(text), idf) }));
}

const DAY = [
  'The oil rig exploded in the Gulf of Mexico, killing eleven workers on the platform.',
  'Eleven workers died when the oil rig exploded in the Gulf of Mexico late on Tuesday.',
  'The explosion on the rig in the Gulf of Mexico killed eleven workers and injured others.',
  'Shares in the company that leased the rig fell sharply in early trading in London.',
];

describe('summarise', () => {
  it('takes the sentence closest to what the day’s sentences share first', () => {
    const picked = summarise(views(DAY), { sentences: 1, maxWords: 40, redundancy: 0.5 });
    expect(picked).toHaveLength(1);
    expect(picked[0]).not.toBe(3);
  });

  it('skips a sentence that repeats one already taken', () => {
    const texts = [DAY[0], DAY[0].replace('killing', 'and killed'), DAY[3]];
    const picked = summarise(views(texts), { sentences: 2, maxWords: 40, redundancy: 0.5 });
    expect(picked).toHaveLength(2);
    expect(picked).toContain(2);
  });

  it('leaves out questions, quotations, fragments and page furniture while other sentences remain', () => {
    expect(fitsEntry('Will the well be capped before the hurricane season begins in June?', 40)).toBe(false);
    expect(fitsEntry('"We are doing everything we can," the chief executive told reporters.', 40)).toBe(false);
    expect(fitsEntry('Read more.', 40)).toBe(false);
    expect(fitsEntry('Posted by the desk at 02:13 PM | Comments (23) | Permalink Lib Dems target mobile users', 40)).toBe(false);
    expect(fitsEntry('BP capped the leaking well on Thursday after 87 days of spilling oil.', 40)).toBe(true);
    expect(fitsEntry('In this image made from video provided by BP, Wednesday, June 2, 2010, shows the site of the spill.', 40)).toBe(false);
    expect(fitsEntry('April 21: In this aerial photo taken in the Gulf of Mexico, the rig is seen burning.', 40)).toBe(false);
    expect(fitsEntry('In this town the mayor ordered an evacuation on Tuesday.', 40)).toBe(true);
    expect(fitsEntry('BP capped the leaking well on Thursday after 87 days of spilling oil.', 8)).toBe(false);
  });
});
