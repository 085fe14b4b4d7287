import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the session-16 rules leave alone (wire-session16.test.ts). Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: session 16 rules, negative cases', () => {
  it('an election won in the past keeps its past month', () => {
    expect(values('The Liberals won a March election by a wide margin.', '1987-08-14')).toEqual([['March', '1987-03']]);
    expect(values('The Liberals won a October election by a wide margin.', '1987-08-14')).toEqual([['October', '1986-10']]);
  });

  it('"the May election" told in the past is the one held', () => {
    expect(values('Voters punished the government in the October election.', '1987-02-09')).toEqual([['October', '1986-10']]);
  });

  it('a month that is no election\'s keeps its tense', () => {
    expect(values('Officials dismissed a September report on the deficit.', '1987-03-12')).toEqual([['September', '1986-09']]);
  });

  it('"the year ended September" keeps its past end', () => {
    expect(values('Spending rose 4.5 pct in the year ended September, the treasury said.', '1987-02-11')).toEqual([
      ['the year', '1986'],
      ['September', '1986-09'],
    ]);
  });

  it('a weekday named again for another event keeps its own day', () => {
    const story =
      'The council approved the budget in a vote last Tuesday, officials said.\n' +
      'Tuesday\'s hearing on the zoning plan drew 200 residents.';
    expect(values(story, '1987-05-19')).toEqual([
      ['last Tuesday', '1987-05-12'],
      ['Tuesday', '1987-05-19'],
    ]);
  });

  it('a weekday not on publication\'s own day is left to its tense', () => {
    const story = 'The board met last Friday.\nFriday\'s meeting ended without a decision.';
    expect(values(story, '1987-05-19')).toEqual([
      ['last Friday', '1987-05-15'],
      ['Friday', '1987-05-15'],
    ]);
  });

  it('"for the year" with no year stated in its sentence is the story\'s own', () => {
    expect(values('Profit for the year is expected to rise, the chairman said.', '1987-04-02')).toEqual([['the year', '1987']]);
  });

  it('"the quarter\'s" as a plain possessive names no end', () => {
    expect(values('The quarter\'s best performer was the steel unit.', '1987-04-02').map(([t]) => t)).not.toContain("quarter's end");
  });

  it('a comparison after a year its own sentence names keeps that year, whatever quarter comes later', () => {
    const story =
      'Pretax profit in the year ending June 30, 1987 is seen at 40 billion yen, up 9 pct from a year earlier.\n' +
      'Net rose 4 pct in the latest quarter, the company said.';
    expect(values(story, '1987-04-24').find(([t]) => t === 'a year earlier')?.[1]).toBe('1986');
  });

  it('a comparison in a story that names no quarter keeps the year', () => {
    expect(values('Net rose to 22.4 mln dlrs from 19.1 mln dlrs a year earlier, the bank said.', '1987-04-24')).toEqual([['a year earlier', '1986']]);
  });

  it('a month after a split year with no word of its end keeps its tense', () => {
    expect(values('Shipments rose from 1985/86 to 1986/87 in June, the board said.', '1987-08-02').at(-1)).toEqual(['June', '1987-06']);
  });

  it('a midnight that opens a day stays T00:00', () => {
    expect(values('The blast shook the port shortly after midnight on Friday.', '1987-06-13')).toEqual([['midnight on Friday', '1987-06-12T00:00']]);
  });

  it('a fiscal year that ended on a day is that day', () => {
    expect(values('The software maker said its fiscal year ended May 31 with record sales.', '1989-07-12').at(-1)).toEqual(['May 31', '1989-05-31']);
  });

  it('"the year" told in the past after an earlier year named keeps that year', () => {
    expect(values('The mill opened in 1982. During the year, it hired 300 workers.', '1987-11-10')).toEqual([
      ['1982', '1982'],
      ['the year', '1982'],
    ]);
  });

  it('a month-day with its four-digit year keeps it', () => {
    expect(values('The plant closed on October 12 1986 after a fire.', '1987-03-20')).toEqual([['October 12 1986', '1986-10-12']]);
  });
});
