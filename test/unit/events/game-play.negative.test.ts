// Issue 13: periods of play and the match clock are no calendar dates. A game report names its
// quarters and halves by their adjective, their edge or the bare noun once the game is told, and
// counts minutes on from the last play; none of these dates a happening on a timeline (the
// game's own day does). Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-12';
const datesOf = (text: string, timexes: [string, string, string?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'TIME' | 'DURATION') ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

const report = (sentence: string) =>
  `The Falcons beat the Rams 88-79 on Saturday. Okafor scored 19 points and pulled down 11 rebounds. ${sentence} The Rams made 14 free throws and missed six.`;

describe('periods of play named by adjective, edge or bare noun', () => {
  it.each([
    ['a hyphenated adjective', 'A first-quarter run of 14-2 put the visitors ahead.', 'first-quarter', '2024-Q1'],
    ['the bare noun once the game is told', 'The Falcons outgunned them 30-12 in the quarter.', 'the quarter', '2024-Q2'],
    ['the end of a quarter', 'Okafor hit a jumper at the end of the quarter.', 'the end of the quarter', '2024-06'],
    ['the start of a half', 'The Rams pressed hard at the start of the second half.', 'the start of the second half', '2024-07'],
    ['an adjective with "early"', 'Early second-half pressure came to nothing.', 'second-half', '2024-H2'],
  ])('drops %s', (_name, sentence, words, value) => {
    expect(datesOf(report(sentence), [['Saturday', '2024-05-11'], [words, value]])).toEqual(['Saturday']);
  });

  it('drops a half timed by the match clock, whatever the story', () => {
    expect(datesOf('The lead grew to nine points six minutes into the second half.', [['the second half', '2024-H2']])).toEqual([]);
  });

  it('drops a quarter in a line about an injured finger', () => {
    const text = report('The captain left in the first quarter with a jammed index finger.');
    expect(datesOf(text, [['Saturday', '2024-05-11'], ['the first quarter', '2024-Q1']])).toEqual(['Saturday']);
  });
});

describe('the match clock counted on from a play', () => {
  it.each([
    ['minutes', 'The Rams cut the gap to four points three minutes later.', 'three minutes later'],
    ['a minute', 'A minute later Okafor blocked a layup.', 'A minute later'],
    ['figures', 'The Falcons answered 15 minutes later with a dunk.', '15 minutes later'],
  ])('drops "%s later" in a game report', (_name, sentence, words) => {
    expect(datesOf(report(sentence), [['Saturday', '2024-05-11'], [words, '2024-05-12', 'TIME']])).toEqual(['Saturday']);
  });
});
