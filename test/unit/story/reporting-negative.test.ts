// What must NOT be taken for page furniture: dates in reporting.
import { describe, expect, it } from 'vitest';
import { entryText, reportingEnd, stampSpans } from '../../../src/lib/story/reporting';

const REPORTING = [
  'The vote on Friday 21 January was close, officials said.',
  'On January 31, 2011, protesters marched at 5 p.m. to the square.',
  'Washington (and its allies) said on Monday that talks would resume.',
  'The meeting began at 9:30 on Monday, 4 March 2024, in Geneva.',
  'By chance, the Red Cross arranged a call on Sunday.',
  'By the time the envoy left, the money had gone.',
  'US officials -- and their allies -- agreed on Monday.',
  'At 3:29 p.m. the council voted: the motion passed.',
  'Note: the embassy reopened on Monday.',
  'Well, the vote came on Tuesday, and it was close.',
  'The verdict: guilty on all counts, read out on Friday.',
  'Polls closed at 8:00 p.m. ET March 3, 2014, and counting began.',
  'AP reporters saw the convoy cross the border on Monday.',
  'Reuters said on Monday (citing AP) that the talks had failed.',
  'Photographs of the rig were released by the Coast Guard on Friday.',
];

describe('reporting with dates and times', () => {
  it.each(REPORTING)('keeps %j whole', (sentence) => {
    expect(entryText(sentence)).toBe(sentence);
    expect(reportingEnd(sentence)).toBe(sentence.length);
  });

  it('takes no date in reporting for a page stamp', () => {
    expect(REPORTING.flatMap((s) => stampSpans(s))).toEqual([]);
  });
});
