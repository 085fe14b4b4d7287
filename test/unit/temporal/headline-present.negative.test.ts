import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the headline rule must not do (stories written for these tests).
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => `${t.text}=${t.value}`);

describe('dates the headline rule leaves alone', () => {
  it('a first line that ends as a sentence does is no headline', () => {
    const story = 'The museum opens its new wing Monday.\nThe wing was finished Monday after two years of work.';
    expect(values(story, '1992-06-17')).toEqual(['Monday=1992-06-22', 'Monday=1992-06-15', 'two years=P2Y']);
  });

  it('a headline date the lead does not name again keeps its own reading', () => {
    const story = 'Senate Votes Thursday on Crime Bill\n\nWASHINGTON (AP) -- Senate leaders said yesterday the chamber had cleared its calendar.';
    expect(values(story, '1992-06-16')).toEqual(['Thursday=1992-06-18', 'yesterday=1992-06-15']);
  });

  it('a date of the body is not taken from the headline', () => {
    const story = 'Strike Ends Friday\n\nDETROIT (AP) -- The strike ended Friday. Talks on pensions open Friday.';
    expect(values(story, '1992-06-17')[2]).toBe('Friday=1992-06-19');
  });
});
