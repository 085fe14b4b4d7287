import { Chrono } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { calendarParsers } from '../../../src/lib/temporal/chronoParsers';
import { cueOf, guard } from '../../../src/lib/temporal/guard';
import { relativePeriodParser, RELATIVE_PERIOD_NEEDS } from '../../../src/lib/temporal/parsers/relativePeriod';

// The guards of session 18 (speed, output unchanged): chrono's month-name parsers need a month's
// name whole, and the relative period parser its leading word; each turns away only texts its
// parser reads nothing in. Texts written for these tests, some run together as wire copy and
// scanned pages run them.
const PROBE_DATE = new Date(1987, 3, 15, 12);
const monthParsers = () => calendarParsers().filter(({ needs }) => needs.pattern.test('March') && !needs.pattern.test('2009'));

describe('the month-name guard', () => {
  it('lets through every month written whole, dotted, run into a number, an "of" or an ordinal', () => {
    const texts = ['Sept. 3', 'on 3rd of Sept', '3March1987', '1987Mar.4', 'Mayfirst', 'Junetwenty-first', 'Octoberof 1986', 'DEC 12', 'from Jan to Feb', 'late in May'];
    for (const { needs } of monthParsers()) for (const text of texts) expect(guard(needs.pattern, needs.stems, needs.digit)(cueOf(text)), text).toBe(true);
  });

  it('turns away words that only hold a month\'s stem, and their parsers read nothing in them', () => {
    const texts = ['The market remarks on a decline in octane demand.', 'A summary of the primary novel and its mayhem.', 'Separate junctures in augmented marches'];
    for (const { parser, needs } of monthParsers()) {
      const alone = new Chrono({ parsers: [parser], refiners: [] });
      for (const text of texts) {
        expect(guard(needs.pattern, needs.stems, needs.digit)(cueOf(text)), text).toBe(false);
        expect(alone.parse(text, PROBE_DATE), text).toEqual([]);
      }
    }
  });
});

describe('the relative period guard', () => {
  it('holds for every period the parser reads', () => {
    const option = { newsline: { reference: { year: 1987, month: 4, day: 15 } } };
    const alone = new Chrono({ parsers: [relativePeriodParser], refiners: [] });
    for (const text of ['this past weekend', 'the coming summer', 'next calendar year', 'by the end of the decade', 'earlier this month', 'last   quarter']) {
      expect(alone.parse(text, PROBE_DATE, option as object).length, text).toBeGreaterThan(0);
      expect(RELATIVE_PERIOD_NEEDS.test(text), text).toBe(true);
    }
  });

  it('turns away a period named with no word before it', () => {
    expect(RELATIVE_PERIOD_NEEDS.test('Output rose in March, and a year of gains ended.')).toBe(false);
  });
});
