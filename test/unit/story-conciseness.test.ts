// An entry as short as a journalist's: the share of a sentence's words the day's reports commonly
// use (conciseness.ts), and the day's budget of content words (summarise.ts). Hand-made days.
import { describe, expect, it } from 'vitest';
import { commonShare } from '../../src/lib/story/conciseness';
import { summarise } from '../../src/lib/story/summarise';

describe('commonShare', () => {
  it('gives each sentence the share of its distinct words that enough of the sentences use', () => {
    const day = [['bridge', 'closed', 'crack'], ['bridge', 'closed'], ['bridge', 'museum', 'gallery', 'painting']];
    // at least half of three sentences: 'bridge' (3) and 'closed' (2)
    expect(commonShare(day, 0.5)).toEqual([2 / 3, 1, 1 / 4]);
  });

  it('counts a word once however often a sentence repeats it', () => {
    expect(commonShare([['flood', 'flood', 'flood', 'york'], ['flood']], 1)).toEqual([1 / 2, 1]);
  });
});

// Sentences equally close to the day (one shared vector), so what decides is what is tested.
const same = (texts: string[], words: string[][]) => texts.map((text, i) => ({ text, vector: new Map([['bridge', 1]]), words: words[i] }));
const text = (i: number) => `The council closed the Old Mill bridge, report number ${i}.`;

describe('summarise with a word budget and the common share', () => {
  it('puts the sentence made of the day’s common words before one that carries its own asides', () => {
    const words = [['bridge', 'closed', 'spokesman', 'highway', 'department'], ...Array.from({ length: 10 }, () => ['bridge', 'closed'])];
    const day = same(words.map((_, i) => text(i)), words);
    expect(summarise(day, { sentences: 1, maxWords: 40, redundancy: 1 })).toEqual([0]);
    expect(summarise(day, { sentences: 1, maxWords: 40, redundancy: 1, commonWeight: 0.2 })).toEqual([1]);
  });

  it('takes a further sentence only when the day’s entry still fits the budget', () => {
    const n = (k: number) => Array.from({ length: k }, (_, i) => `w${i}`);
    const day = same([text(0), text(1), text(2)], [n(7), n(20), n(6)]);
    // two sentences at 7 words each: 14; the first (7) fits, the 20-word one would make 27, the
    // 6-word one makes 13
    expect(summarise(day, { sentences: 2, maxWords: 40, redundancy: 1, wordBudget: 7 })).toEqual([0, 2]);
    expect(summarise(day, { sentences: 2, maxWords: 40, redundancy: 1 })).toEqual([0, 1]);
  });

  it('always takes the day’s first sentence, whatever its length, and then nothing past the budget', () => {
    const day = same([text(0), text(1)], [Array.from({ length: 30 }, (_, i) => `w${i}`), ['bridge']]);
    expect(summarise(day, { sentences: 2, maxWords: 40, redundancy: 1, wordBudget: 2 })).toEqual([0]);
    expect(summarise(day, { sentences: 2, maxWords: 40, redundancy: 1, wordBudget: 16 })).toEqual([0, 1]);
  });
});
