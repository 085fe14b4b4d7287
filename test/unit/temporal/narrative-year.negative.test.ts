import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';
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

  it("a date read from publication ('On Monday') brings the story back: a month after it keeps the tense year", () => {
    const text = 'The inquiry opened in November 2021. On Monday, the board said it had resigned in November.';
    expect(tagTimexes(text, PUB).filter((t) => t.text === 'November').map((t) => t.value)).toEqual(['2023-11']);
  });

  it('a date whose year was only read from the tense does not start a narrative: an update dated after publication leaves the story day alone', () => {
    const text = 'On Jan. 20, the station reported that the drones seen on Jan. 9 were on a drill.';
    expect(tagTimexes(text, PUB).find((t) => t.text === 'Jan. 9')!.value).toBe('2024-01-09');
  });
});
