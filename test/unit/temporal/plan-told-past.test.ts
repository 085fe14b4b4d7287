import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A plan told in the past: after a verb, a determiner or a particle, "plans to" is a noun, the
// object of the clause's verb, and a date before it is dated by that verb ("In October, we
// laid out plans to ..." in January is the October gone, issue 16); the plan's own future is
// its infinitive's, for a date after it. Sentences are written for these tests.
const PUB = '2026-02-10';

type Case = [string, string, string, { type: string; value: string }];

const cases: Case[] = [
  ["'In November, the trust laid out plans to restore the mill' in February is the November gone", 'In November, the trust laid out plans to restore the mill.', 'November', { type: 'DATE', value: '2025-11' }],
  ["'In December, the league unveiled its plan to expand' is the December gone", 'In December, the league unveiled its plan to expand to 20 clubs.', 'December', { type: 'DATE', value: '2025-12' }],
  ["'In October, the council drew up plans to pave the square' is the October gone", 'In October, the council drew up plans to pave the square.', 'October', { type: 'DATE', value: '2025-10' }],
  ["'In September, the owners' plans to sell the club collapsed' is the September gone", "In September, the owners' plans to sell the club collapsed.", 'September', { type: 'DATE', value: '2025-09' }],
  ["'In March, the school sought funds' (an irregular past) is the March gone", 'In March, the school sought funds for a new roof.', 'March', { type: 'DATE', value: '2025-03' }],
];

describe('tagTimexes: a plan told in the past dates a fronted date by its verb', () => {
  it.each(cases)('%s', (_name, text, words, expected) => {
    expect(tagged(text, PUB, words)).toEqual({ text: words, ...expected });
  });
});

// "had planned the tour in April": the past perfect's plan was overtaken before the story; its
// date lies behind the story, the nearest one gone, not ahead.
const overtaken: Case[] = [
  ["'the band had planned its reunion tour in November' in February is the November gone", 'The band had planned its reunion tour in November, then called it off.', 'November', { type: 'DATE', value: '2025-11' }],
  ["'the club had scheduled the friendly for December' is the December gone", 'The club had scheduled the friendly for December before the pitch flooded.', 'December', { type: 'DATE', value: '2025-12' }],
];

describe('tagTimexes: a plan in the past perfect dates a date behind the story', () => {
  it.each(overtaken)('%s', (_name, text, words, expected) => {
    expect(tagged(text, PUB, words)).toEqual({ text: words, ...expected });
  });
});

// "gloomier than expected", "as planned": set against what was expected, the word looks nowhere
// ahead; the clause's own past verb dates its weekday, the one gone.
const setAgainst: Case[] = [
  ["'investors found Monday's budget harsher than expected' on a Tuesday is the Monday gone", "Investors found Monday's budget harsher than expected.", 'Monday', { type: 'DATE', value: '2026-02-09' }],
];

describe('tagTimexes: "than expected" is no look ahead', () => {
  it.each(setAgainst)('%s', (_name, text, words, expected) => {
    expect(tagged(text, PUB, words)).toEqual({ text: words, ...expected });
  });
});
