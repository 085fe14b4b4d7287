import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rule of plan-as-it-stood.test.ts must leave alone: a plan's date already behind
// publication stays the one gone, and a plain past "was" before a date is still the past.
// Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: plans and pasts that keep their dates behind', () => {
  it('"was due to reopen in February" in April is the February gone', () => {
    expect(values('The bridge was due to reopen in February.', '1988-04-12')).toEqual([['February', '1988-02']]);
  });

  it('"was closed in June" in April is last June', () => {
    expect(values('The mine was closed in June after a flood.', '1988-04-12')).toEqual([['June', '1987-06']]);
  });
});

describe('tagTimexes: a part of the story\'s day after a plan told as it stood', () => {
  it('"was expected to sail in the afternoon" is that afternoon of the story\'s day', () => {
    expect(values('The ferry, which had carried 300 passengers to the island, was expected to sail in the afternoon.', '1988-04-12')).toEqual([['the afternoon', '1988-04-12TAF']]);
  });
});
