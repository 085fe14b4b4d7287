import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: a day of the month spelled out after the
// month, as the wire wrote one to nine ("as of May one") (issue 16). Sentences written for these
// tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a spelled number after a month that counts things', () => {
  it('"In May two airlines cut fares" names the month only', () => {
    expect(values('In May two airlines cut fares.', '1987-06-10')).toEqual([['May', '1987-05']]);
  });

  it('"During June three directors quit" names the month only', () => {
    expect(values('During June three directors quit.', '1987-07-10')).toEqual([['June', '1987-06']]);
  });
});
