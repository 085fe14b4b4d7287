import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Where the narrative year must not reach (issue 16). Published 2024-01-09.
const PUB = '2024-01-09';

describe('tagTimexes: a month keeps its own year outside a past narrative', () => {
  it('a projected month after an old date is still the next one', () => {
    const text = 'The mill closed in May 2016. Its new owners will reopen it in March.';
    expect(tagged(text, PUB, 'March')!.value).toBe('2024-03');
  });

  it('a bare year before is a backdrop, not a narrative: "Founded in 2009 ... In November, it cut jobs"', () => {
    const text = 'The firm was founded in 2009. In November, it cut 40 jobs.';
    expect(tagged(text, PUB, 'November')!.value).toBe('2023-11');
  });

  it('a month far from the old date (several paragraphs on) keeps the tense year', () => {
    const filler = ' The committee met often and heard from many witnesses about the matter at hand.'.repeat(6);
    const text = `The inquiry opened in November 2021.${filler} In November, the board resigned.`;
    expect(tagged(text, PUB, 'November')!.value).toBe('2023-11');
  });
});
