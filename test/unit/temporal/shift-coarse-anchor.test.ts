import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// "about a month later", "five days earlier" count from the last date the story named (TimeML
// anchors them to the time in context), also when that date is coarser than the count: after
// only a year or a month named, the date is known only to that year or month, and is never
// publication's (issue 16, real pages). Sentences are written for these tests.
const PUB = '2026-06-10';

type Case = [string, string, string, { type: string; value: string; mod?: string }];

const cases: Case[] = [
  ["'About three weeks later' after only 'in 2019' is in 2019", 'The bakery changed owners in 2019. About three weeks later, the ovens were replaced.', 'About three weeks later', { type: 'DATE', value: '2019', mod: 'APPROX' }],
  ["'a month later' after only 'last year' is last year, not the month after publication", 'The ferry line lost its licence last year. A month later, its boats were sold.', 'A month later', { type: 'DATE', value: '2025' }],
  ["'six days earlier' after only 'in May 2023' is May 2023", 'The bridge reopened in May 2023. Six days earlier, inspectors had signed it off.', 'Six days earlier', { type: 'DATE', value: '2023-05' }],
  ["a day named keeps its day precision ('six days earlier' after May 20, 2023)", 'The bridge reopened on May 20, 2023. Six days earlier, inspectors had signed it off.', 'Six days earlier', { type: 'DATE', value: '2023-05-14' }],
];

describe('tagTimexes: counted spans after a coarser date named', () => {
  it.each(cases)('%s', (_name, text, words, expected) => {
    expect(tagged(text, PUB, words)).toEqual({ text: words, ...expected });
  });
});
