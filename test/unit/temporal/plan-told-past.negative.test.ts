import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What the noun "plans" must NOT change: the plan's own date after it still lies ahead, a
// "plans to" that is the clause's verb still looks ahead, and a reported "would" keeps its plan.
// Sentences are written for these tests.
const PUB = '2026-02-10';

type Case = [string, string, string, { type: string; value: string }];

const cases: Case[] = [
  ["'the brewery announced plans to shut its bottling line in April': the plan's April lies ahead", 'The brewery announced plans to shut its bottling line in April.', 'April', { type: 'DATE', value: '2026-04' }],
  ["'In May, the airline plans to add routes': 'plans' is the verb, and May lies ahead", 'In May, the airline plans to add three routes.', 'May', { type: 'DATE', value: '2026-05' }],
  ["'the ministry said it would open the bridge in June' keeps the plan's June ahead", 'The ministry said it would open the bridge in June.', 'June', { type: 'DATE', value: '2026-06' }],
  ["'In January, it set out its plan to hire staff by September': September is the plan's, ahead", 'In January, it set out its plan to hire 40 staff by September.', 'September', { type: 'DATE', value: '2026-09' }],
  ["'the firm had until March 3 to appeal': a deadline after 'had', no plan, lies ahead", 'The firm had until March 3 to appeal the fine.', 'March 3', { type: 'DATE', value: '2026-03-03' }],
];

describe('tagTimexes: a plan told in the past keeps its own dates ahead', () => {
  it.each(cases)('%s', (_name, text, words, expected) => {
    expect(tagged(text, PUB, words)).toEqual({ text: words, ...expected });
  });
});
