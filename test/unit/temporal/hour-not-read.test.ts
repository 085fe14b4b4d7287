import { ParsingContext, type ParsingResult } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { calendarParsers } from '../../../src/lib/temporal/chronoParsers';
import { hourSkipped, parseSentence } from '../../../src/lib/temporal/newsChrono';
import { CLOCK } from '../../../src/lib/temporal/refiners/dateTime';

// A number the clock parser matches as a clock's figures alone (a year, a one-digit day, a
// three-digit count, a price) is not handed to chrono's extract where what it would do is known:
// a null, the search moved past the match as chrono moves it; or an hour with no clock written
// that touches no other reading of the sentence, or lies within a longer one, and would be
// dropped. Purely a speed device: what a sentence gives is what it gave.
const REF = new Date(Date.UTC(2031, 6, 9, 12));
const OPTION = { newsline: { reference: { year: 2031, month: 7, day: 9 } } } as object;
const clock = () => calendarParsers().find((p) => p.clock)!.parser;

/** Every match of the clock parser's pattern in `text`, as chrono's loop finds them: what its extract gives, where it moves the search, and where hourSkipped (no other reading in the sentence) says it does. */
function matches(text: string) {
  const parser = clock();
  const context = new ParsingContext(text, REF, OPTION);
  const pattern = parser.pattern(context);
  const out: { text: string; skipped: number; reading: string | null; next: number }[] = [];
  let from = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text.substring(from))) {
    const index = match.index + from;
    const end = index + match[0].length;
    const skipped = hourSkipped(match, text, end, [], []);
    match.index = index;
    const result = parser.extract(context, match) as ParsingResult | null;
    out.push({ text: match[0].trim(), skipped, reading: result ? result.text : null, next: result ? result.index + result.text.length : match.index + 1 });
    from = out[out.length - 1].next;
  }
  return out;
}

const SENTENCES = [
  'The dam held 2,400 tonnes of silt on March 7, 2031, and 600 more by 1998.',
  'Some 350 volunteers planted 9 rows at the 12 plots from 3 to 5 in the afternoon.',
  'Route 101 reopened at 7 after the 1030-1100 closure, 45 minutes late.',
  'Ticket 0012 and ticket 0450 were drawn; 130 and 175 entries lost, T2031 unread.',
  'The vote of 2031 - 2032 and the tally 3 - 5 went to the 4th round at 19.',
  'Shares fell 2.45 to 9.99 dollars, 1234.56 in all, a 3.5 pct drop, 12.30 at the close and 20:15 later.',
];

describe('a match of the clock parser let go', () => {
  it('is let go exactly where chrono gives null and moves past it, or reads an hour with no clock written and goes on after it', () => {
    let skipped = 0;
    for (const sentence of SENTENCES) {
      for (const m of matches(sentence)) {
        if (m.skipped < 0) continue;
        skipped++;
        expect(m.next, m.text).toBe(m.skipped);
        if (m.reading !== null) expect(CLOCK.test(m.reading), m.reading).toBe(false);
      }
    }
    expect(skipped).toBeGreaterThan(20);
  });

  it('is a number no hour, one of one, three or four digits with no span after it, or an hour touching no other reading', () => {
    const skip = (sentence: string) => matches(sentence).filter((m) => m.skipped >= 0).map((m) => m.text);
    expect(skip('The dam held 2,400 tonnes of silt on March 7, 2031, and 600 more by 1998.')).toEqual(['2', '400', '7', '2031', '600', '1998']);
    // ("from" before the figures, a span after them: chrono's own extract decides)
    expect(skip('Some 350 volunteers planted 9 rows at the 12 plots from 3 to 5 in the afternoon.')).toEqual(['350', '9', '12']);
    // (four digits above 100 are no hour to chrono, span or not)
    expect(skip('Route 101 reopened at 7 after the 1030-1100 closure, 45 minutes late.')).toEqual(['101', '1030', '1100', '45']);
    // a clock written with a colon is chrono's
    expect(skip('Shares fell 2.45 to 9.99 dollars, 1234.56 in all, a 3.5 pct drop, 12.30 at the close and 20:15 later.')).toEqual(['9.99', '1234.56', '3.5', '12.30']);
  });
});

describe('a sentence with numbers', () => {
  it('gives what it gave', () => {
    const read = (text: string) => parseSentence(text, REF, OPTION).map((r) => r.text);
    expect(read('The dam held 2,400 tonnes of silt on March 7, 2031, and 600 more by 1998.')).toEqual(['March 7, 2031', '1998']);
    // (an hour with no clock written is let go: "at 7")
    expect(read('The ferry left at 7 on Tuesday and docked from 3 to 5 p.m.')).toEqual(['Tuesday', 'from 3 to 5 p.m.']);
    expect(read('Route 101 reopened at 7 after the 1030-1100 closure, 45 minutes late.')).toEqual(['45 minutes']);
    expect(read('The vote of 2031 - 2032 and the tally 3 - 5 went to the 4th round at 19.')).toEqual(['2031 - 2032']);
    // (hours within a date, "15" of "March 15", or touching none)
    expect(read('The barge docked on March 15 and left on 21 March, 12 days later.')).toEqual(['March 15', 'on 21 March']);
    expect(read('The crew of 14 met on the 22nd and sailed by 19 May, some 21 days after the 10 May storm.')).toEqual(['19 May', 'some 21 days', '10 May']);
    // (a span read as hours, "10 to 12", overlapping the date that starts within it)
    expect(read('From 10 to 12 March the fleet of 40 boats waited; at 7 on 14 March it left.')).toEqual(['10 to 12 March', 'on 14 March']);
    expect(read('Shares fell 2.45 to 9.99 dollars, 1234.56 in all, a 3.5 pct drop, 12.30 at the close and 20:15 later.')).toEqual(['20:15']);
  });
});
