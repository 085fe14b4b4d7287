import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A quotation holds another speaker's words in the speaker's own tense: a verb inside a
// quotation that the date stands outside of is no verb of the date's clause ("suggested, in a
// radio interview on Thursday, \u201cWe are going to win\u201d" dates the interview, not the
// win; issue 13: a hot-mic remark drawn a week ahead). Sentences written for these tests;
// published Friday 10 June 1988.
const values = (text: string) => tagTimexes(text, '1988-06-10').map((t) => `${t.text}|${t.value}`);

describe("tagTimexes: a date outside another speaker's quotation", () => {
  it('a quotation opened after the date does not send it ahead', () => {
    expect(values('The remark led the senator to say, in a radio interview on Thursday, \u201cWe are going to win this seat and everyone knows it.\u201d')).toEqual(['Thursday|1988-06-09']);
  });
  it('the same with straight marks', () => {
    expect(values('The remark led the senator to say, in a radio interview on Thursday, "We are going to win this seat and everyone knows it."')).toEqual(['Thursday|1988-06-09']);
  });
});
