import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Inside a narrative, "the following Monday", "that long Monday night", "the next morning" are
// the narrative's days, counted from the last day the story named, not from publication
// (issue 16, real pages). Sentences are written for these tests.
const PUB = '2026-06-10'; // a Wednesday, months after the story told
const OPENING = 'The dock strike began on Thursday, March 5, 2026, at the northern terminal.';

type Case = [string, string, string, { type: string; value: string }];

const cases: Case[] = [
  ["'The following Tuesday' is the first Tuesday after the day named", `${OPENING} The following Tuesday, the union rejected the offer.`, 'The following Tuesday', { type: 'DATE', value: '2026-03-10' }],
  ["'the next Saturday morning' is the first Saturday after it, in the morning", `${OPENING} Talks resumed the next Saturday morning at the port office.`, 'the next Saturday morning', { type: 'TIME', value: '2026-03-07TMO' }],
  ["'the following Thursday' after a Thursday is a week later", `${OPENING} The following Thursday, ships began to queue offshore.`, 'The following Thursday', { type: 'DATE', value: '2026-03-12' }],
  ["'that cold Thursday night' is the night of the Thursday named", `${OPENING} Through that cold Thursday night, pickets kept fires burning.`, 'that cold Thursday night', { type: 'TIME', value: '2026-03-05TNI' }],
  ["'on that Friday' is the Friday next to the day named", `${OPENING} On that Friday the port authority stayed silent.`, 'that Friday', { type: 'DATE', value: '2026-03-06' }],
  ["'The next morning' is the morning after the day named", `${OPENING} The next morning, the gates stayed shut.`, 'The next morning', { type: 'TIME', value: '2026-03-06TMO' }],
  ["'the following evening' is the evening after the day named", `${OPENING} Dockers voted to stay out the following evening.`, 'the following evening', { type: 'TIME', value: '2026-03-06TEV' }],
];

describe('tagTimexes: weekdays and parts of day counted from the narrative day', () => {
  it.each(cases)('%s', (_name, text, words, expected) => {
    expect(tagged(text, PUB, words)).toEqual({ text: words, ...expected });
  });

  it('a day reached this way carries the narrative on', () => {
    const text = `${OPENING} The following Tuesday, the union rejected the offer. The next day, the minister intervened.`;
    expect(tagged(text, PUB, 'The next day')).toEqual({ text: 'The next day', type: 'DATE', value: '2026-03-11' });
  });
});
