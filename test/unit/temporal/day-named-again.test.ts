import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "Figures will be published on June 11 ... there was no political motivation behind publishing
// the figures on June 11": a story names its key day again, and a day written by its month and
// day alone is the same day each time, whatever the tense of the later sentence (read on
// reuters/fresh10's German GNP story and an events-gold Fox/AP story). Sentences written for these
// tests; published 1995-03-02.
const all = (text: string) => tagTimexes(text, '1995-03-02').map((t) => [t.text, t.value]);

describe('tagTimexes: a day named again', () => {
  it('the day a report will come out, named again in a past sentence, is the same day', () => {
    const text = 'The trade figures will be released on March 14, the ministry said. An official said there was no reason behind releasing them on March 14.';
    expect(all(text)).toEqual([
      ['March 14', '1995-03-14'],
      ['March 14', '1995-03-14'],
    ]);
  });
});
