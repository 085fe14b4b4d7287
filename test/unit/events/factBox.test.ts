// A fact box's line led by a year or a date ("1998: The club wins the league"), in a run of lines
// each led by a figure and a colon, tells what happened then: it is dated, not read as a rail's
// headline. Lines written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-10-24';
const datedLines = (text: string, years: string[]) =>
  buildEvents(text, years.map((y) => timexOf(text, `${y}:`.slice(0, 4), y)), PUBLISHED).filter((e) => e.when.start).map((e) => [e.when.start, e.label]);

describe('a dated line of a fact box', () => {
  it('dates the lines of a "by numbers" box led by a year', () => {
    const text = 'The manager looks back on a long career.\n\nThe career in figures\n\n1998: The club wins the league under Harper\n\n612: Games in charge\n\n2009: Harper leaves the club after a cup defeat\n\n14: Trophies won';
    expect(datedLines(text, ['1998', '2009'])).toEqual([
      ['1998-01-01', 'The club wins the league under Harper'],
      ['2009-01-01', 'Harper leaves the club after a cup defeat'],
    ]);
  });
  it('dates a chronology\'s lines led by a year', () => {
    const text = 'The ferry line has a long history.\n\n1965: The ferry company opens a route to the island\n\n1988: A storm sinks the second ferry';
    expect(datedLines(text, ['1965', '1988']).map(([d]) => d)).toEqual(['1965-01-01', '1988-01-01']);
  });
});
