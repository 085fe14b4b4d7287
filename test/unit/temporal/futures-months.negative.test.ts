import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the futures-month rule of futures-months.test.ts must leave alone: a month's figures or
// deliveries, and a debt issue named by its month where the sentence quotes no futures. Sentences
// written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: months before a trade\'s nouns that are no futures contract', () => {
  it('"the September bond issue" sold, with no futures quoted, keeps its past', () => {
    expect(values('The city placed the September bond issue with local banks.', '1988-05-11')).toEqual([['September', '1987-09']]);
  });

  it('"September deliveries" counted in the past are last September\'s', () => {
    expect(values('Grain traders said September deliveries fell short of forecasts.', '1988-05-11')).toEqual([['September', '1987-09']]);
  });
});
