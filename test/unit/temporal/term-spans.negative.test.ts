import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: a term before its noun ("a 30-year
// bond") and counted units that are names or terms keep their own spans (issue 16). Sentences
// written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a term before its noun keeps its own words', () => {
  it('"the 30-year yield", "the 91-day bills", "the 12-month high" leave out the article', () => {
    expect(values('The 30-year yield rose while the 91-day bills fell to the 12-month low.', '1987-06-02').map(([words]) => words)).toEqual(['30-year', '91-day', '12-month']);
  });
});

describe('tagTimexes: counted units that are names or terms keep their old span', () => {
  it('"the Seven Years War", "the six-months bills" leave out the article', () => {
    expect(values('Britain won the Seven Years War.', '1987-06-02').map(([words]) => words)).not.toContain('the Seven Years');
    expect(values('The average price for the six-months bills was 96.9.', '1987-06-02').map(([words]) => words)).not.toContain('the six-months');
  });
});
