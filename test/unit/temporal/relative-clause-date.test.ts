import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A date inside a relative clause whose own verb stands before it ("the crew that defeated
// Cambridge on Saturday", "the envoy who will arrive on Monday") is that verb's; the verb after
// it belongs to the main clause and says nothing of the date (issue 16, found on Timeline17
// copies: "the side that routed Romania 67-3 in Dunedin on Saturday is unchanged" drew the next
// Saturday). Sentences are written for these tests.
const PUB = '2026-06-10'; // a Wednesday

type Case = [string, string, string, { type: string; value: string }];

const cases: Case[] = [
  ["a past relative clause before a present main verb ('that defeated ... on Saturday is')", 'The crew that defeated Cambridge on the Thames on Saturday is unchanged for the final.', 'Saturday', { type: 'DATE', value: '2026-06-06' }],
  ["a future relative clause before a past main verb ('who will arrive ... on Monday was')", 'The envoy who will arrive in Oslo on Monday was named by the cabinet.', 'Monday', { type: 'DATE', value: '2026-06-15' }],
  ["a month and day in a past relative clause ('that flooded on 3 July is')", 'The depot that flooded on 3 July is back in service.', '3 July', { type: 'DATE', value: '2025-07-03' }],
  ["a month in a past relative clause inside a forecast ('the club that signed him in August')", 'Nobody expects the club that signed him in August to sell him soon.', 'August', { type: 'DATE', value: '2025-08' }],
];

describe('tagTimexes: a date inside a relative clause takes that clause\'s verb', () => {
  it.each(cases)('%s', (_name, text, words, expected) => {
    expect(tagged(text, PUB, words)).toEqual({ text: words, ...expected });
  });
});
