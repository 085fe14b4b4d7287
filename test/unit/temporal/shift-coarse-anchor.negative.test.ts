import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Where a counted span is not moved to a coarser date named: no date named before it (it counts
// from publication, as before), a year counted from a year ("two years later" is a year on), and
// "ago", which always counts from publication. Sentences are written for these tests.
const PUB = '2026-06-10';

type Case = [string, string, string, { type: string; value: string; mod?: string }];

const cases: Case[] = [
  ["'Five days earlier' with no date named before counts from publication", 'Five days earlier, inspectors had signed the bridge off.', 'Five days earlier', { type: 'DATE', value: '2026-06-05' }],
  ["'two years later' after 'in 2019' is 2021", 'The bakery changed owners in 2019. Two years later, the ovens were replaced.', 'Two years later', { type: 'DATE', value: '2021' }],
  ["'a month ago' after 'in 2019' still counts from publication", 'The bakery changed owners in 2019. A month ago, the ovens were replaced.', 'A month ago', { type: 'DATE', value: '2026-05' }],
];

describe('tagTimexes: counted spans left as they were', () => {
  it.each(cases)('%s', (_name, text, words, expected) => {
    expect(tagged(text, PUB, words)).toEqual({ text: words, ...expected });
  });
});
