import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the streak and pace rules of per-period-adjectives.test.ts must not drop: a figure kept
// per period outside a streak ("a weekly gain"), one ranked by a superlative or a bare ordinal
// ("their best weekly gain", "its first annual loss since 1990", as MEANTIME tags them), and a
// rate over a year that is no annualised pace ("the annual rate of inflation"). Sentences written
// for these tests.
const MON = '1987-06-15';
const adjective = (text: string, word: string) => tagTimexes(text, MON).find((t) => t.text === word);
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: per-period adjectives that stay tagged', () => {
  it('"a weekly gain" is a figure per week', () => {
    expect(adjective('Bond futures headed for a weekly gain.', 'weekly')).toMatchObject({ type: 'SET', value: 'P1W' });
  });

  it('"their best weekly gain" ranked by a superlative is kept', () => {
    expect(adjective('Bank shares had their best weekly gain since March.', 'weekly')).toMatchObject({ type: 'SET', value: 'P1W' });
  });

  it('"its first annual loss since 1990" is a year\'s figure', () => {
    expect(adjective('The airline posted its first annual loss since 1990.', 'annual')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
  });

  it('"the annual rate of inflation" is a rate over a year', () => {
    expect(adjective('The annual rate of inflation slowed to 3 pct.', 'annual')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: "annual" before figures', () => {
  it('"annual profit" stays a year\'s figure, "its annual meeting" no time', () => {
    expect(values('Its annual profit rose 12 pct.', '1987-05-20')).toEqual([['annual', 'P1Y']]);
    expect(values('The company held its annual meeting.', '1987-05-20')).toEqual([]);
  });
});
