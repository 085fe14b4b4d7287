// Issue 13: what the game-play rules (game-play.negative.test.ts) must keep: a company's
// quarter told beside a game, "minutes later" in a story that is no game report, and a half of a
// year with its own words of business. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-12';
const datesOf = (text: string, timexes: [string, string, string?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'TIME' | 'DURATION') ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('periods and minutes that stay dates', () => {
  it("keeps a club's results quarter in a game report", () => {
    const text = 'The Falcons beat the Rams 88-79 on Saturday. Okafor scored 19 points and pulled down 11 rebounds. The club said ticket sales rose in the first quarter. The Rams made 14 free throws.';
    expect(datesOf(text, [['Saturday', '2024-05-11'], ['the first quarter', '2024-Q1']])).toContain('the first quarter');
  });

  it('keeps "minutes later" in a story that tells no game', () => {
    const text = 'The first tremor struck at dawn on Saturday. Three minutes later a second shock brought down the old mill.';
    expect(datesOf(text, [['Saturday', '2024-05-11'], ['Three minutes later', '2024-05-11', 'TIME']])).toContain('Three minutes later');
  });

  it('keeps the end of a quarter in a results story', () => {
    const text = 'The bank said deposits fell by the end of the quarter as savers moved to bonds.';
    expect(datesOf(text, [['the end of the quarter', '2024-03']])).toEqual(['the end of the quarter']);
  });
});
