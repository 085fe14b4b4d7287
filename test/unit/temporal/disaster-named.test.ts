import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Issue 13/16: a disaster named by its day keeps its day before the story, with words of what or
// where before its noun ("the March 2 refinery explosion") or with the article left out as
// headlines do ("costs from March 2 refinery explosion"), whatever the sentence forecasts.
const PUB = '2016-04-14';

describe('tagTimexes: a disaster named by its day, with its modifiers', () => {
  it.each([
    ['two words before the noun', 'Claims from the March 2 oil-refinery explosion could reach $1 billion.', 'March 2', '2016-03-02'],
    ['headline-ese without "the"', 'Insurers brace for costs from March 2 refinery explosion next year.', 'March 2', '2016-03-02'],
  ])('%s: the day is past', (_name, sentence, words, value) => {
    expect(tagged(sentence, PUB, words)?.value).toBe(value);
  });
});

describe('tagTimexes: a fronted deadline whose clause is a plain past', () => {
  it('"by autumn, the fever killed" is the autumn gone', () => {
    expect(tagged('The outbreak began in the spring, and by autumn, the fever killed hundreds in the valley.', PUB, 'autumn')?.value).toBe('2015-FA');
  });
});
