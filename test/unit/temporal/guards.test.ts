import { Chrono } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { calendarParsers } from '../../../src/lib/temporal/chronoParsers';
import { all, anyWord, cueOf, guard, shared } from '../../../src/lib/temporal/guard';
import { splitPieces } from '../../../src/lib/temporal/sentences';

// dates written every way chrono's calendar parsers read, some of them run together
const WRITTEN = [
  'March 3, 2009', '3 March 2009', '3March 2009', '2009March', '2009 of March', 'Sept. 3', 'Dec. 28', 'on 3rd of May',
  '2009-03-03', '2009/03/03', '2009 Mar 3', '2009-3-3T10:00', '2009-03-03T10:00:00Z', '7/8/2007', '7.8.2007', '12-24',
  '03/2009', '3 p.m.', 'at 7', '15:30', '9.30am', 'noon', 'the third of June', 'in mid-2009',
];
const PROBE_DATE = new Date(2009, 5, 15, 12);

describe('calendar parser guards', () => {
  it('turn away only texts their parser reads nothing in', () => {
    for (const { parser, needs } of calendarParsers()) {
      const alone = new Chrono({ parsers: [parser], refiners: [] });
      for (const text of WRITTEN) if (!guard(needs.pattern, needs.stems, needs.digit)(cueOf(text))) expect(alone.parse(text, PROBE_DATE), `${text} turned away`).toEqual([]);
    }
  });

  it('give a month name guard to the parsers of "March", "3 March 2009", "March 3, 2009" and "2009 March"', () => {
    const monthGuarded = calendarParsers().filter(({ needs }) => needs.pattern.test('March') && !needs.pattern.test('2009'));
    expect(monthGuarded.length).toBe(4);
    for (const { needs } of monthGuarded) expect(needs.stems).toContain('sep');
  });
});

describe('guards', () => {
  it('look for their stems in the sentence before running their expression', () => {
    const weekday = guard(/(?:mon|tues|wednes|thurs|fri|satur|sun)day/i, ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
    expect(weekday(cueOf('The vote is on TUESDAY.'))).toBe(true);
    expect(weekday(cueOf('The vote is on Tuesday.'))).toBe(true);
    expect(weekday(cueOf('The Tuesday-Thursday vote.'))).toBe(true);
    expect(weekday(cueOf('The daily vote.'))).toBe(false);
    expect(weekday(cueOf('The vote is soon.'))).toBe(false);
  });

  it('pass on any one of their stems, in any case, inside a longer word or after a digit', () => {
    const clock = anyWord(['utc', 'noon']);
    expect(clock(cueOf('at 1400 UTC'))).toBe(true);
    expect(clock(cueOf('by Noon'))).toBe(true);
    expect(clock(cueOf('1400UTC'))).toBe(true);
    expect(clock(cueOf('afternoons'))).toBe(true);
    expect(clock(cueOf('by evening'))).toBe(false);
  });

  it('joined, pass only when each passes', () => {
    const unitAndJoin = all(guard(/\bdays?\b/i), guard(/\b(?:to|and)\b/i));
    expect(unitAndJoin(cueOf('three to five days'))).toBe(true);
    expect(unitAndJoin(cueOf('five days'))).toBe(false);
    expect(unitAndJoin(cueOf('three to five'))).toBe(false);
  });

  it('shared, are asked once per sentence', () => {
    let asked = 0;
    const unit = shared((cue) => (asked++, cue.text.includes('year')));
    const cue = cueOf('A year ago.');
    expect([unit(cue), unit(cue), unit(cueOf('A year ago.'))]).toEqual([true, true, true]);
    expect(asked).toBe(2);
  });
});

describe('guards with a digit', () => {
  it('pass on a digit where none of their stems stands', () => {
    const decade = guard(/\d0s|century|ties\b/i, ['century', 'ties'], true);
    expect(decade(cueOf('in the 1990s'))).toBe(true);
    expect(decade(cueOf('in the nineties'))).toBe(true);
    expect(decade(cueOf('in the 19th century'))).toBe(true);
    expect(decade(cueOf('in the 1990 election'))).toBe(false);
    expect(decade(cueOf('in the old days'))).toBe(false);
  });
});

describe('long runs without a space', () => {
  it('are left out wherever they stand, the words around them kept', () => {
    const text = `${'y'.repeat(40)} Monday ${'z'.repeat(39)} Friday\t${'w'.repeat(45)}`;
    expect(splitPieces(text).map((p) => text.slice(p.start, p.end).trim())).toEqual(['Monday ' + 'z'.repeat(39) + ' Friday']);
  });

  it('leave nothing of a text that is only such a run', () => {
    expect(splitPieces('9'.repeat(100))).toEqual([]);
  });
});

describe('stems', () => {
  it('are found inside words, overlapping each other, and not across a break between letters', () => {
    const stems = [anyWord(['day', 'monday']), anyWord(['mon', 'on']), anyWord(['ay', 'yesterday', 'esterd']), anyWord(['hers', 'his']), anyWord(['nth'])];
    const read = (text: string) => stems.map((g) => g(cueOf(text)));
    expect(read('Yesterday')).toEqual([true, false, true, false, false]);
    expect(read('MONDAY')).toEqual([true, true, true, false, false]);
    expect(read('ushers')).toEqual([false, false, false, true, false]);
    expect(read('mo-nth d4ay')).toEqual([false, false, true, false, true]);
    expect(read('mo nday')).toEqual([true, false, true, false, false]);
    expect(read('mo-n nt-h')).toEqual([false, false, false, false, false]);
  });
});
