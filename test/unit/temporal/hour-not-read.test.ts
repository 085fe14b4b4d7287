import { ParsingContext } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { calendarParsers } from '../../../src/lib/temporal/chronoParsers';
import { noHourRead, parseSentence } from '../../../src/lib/temporal/newsChrono';

// A number the clock parser matches alone (a year, a one-digit day, a three-digit count) whose
// extract chrono would end with null is not handed to it: the search moves past the match as
// chrono's extract would have moved it. Purely a speed device: what a sentence gives is what it gave.
const REF = new Date(Date.UTC(2031, 6, 9, 12));
const OPTION = { newsline: { reference: { year: 2031, month: 7, day: 9 } } } as object;
const clock = () => calendarParsers().find((p) => p.clock)!.parser;

/** Every match of the clock parser's pattern in `text`, as chrono's loop finds them, with what its extract gives and where it moves the search. */
function matches(text: string) {
  const parser = clock();
  const context = new ParsingContext(text, REF, OPTION);
  const pattern = parser.pattern(context);
  const out: { text: string; skipped: boolean; read: boolean; next: number; end: number }[] = [];
  let from = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text.substring(from))) {
    const index = match.index + from;
    const end = index + match[0].length;
    const skipped = noHourRead(match, text, end);
    match.index = index;
    const result = parser.extract(context, match) as { index: number; text: string } | null;
    out.push({ text: match[0], skipped, read: !!result, next: result ? result.index + result.text.length : match.index + 1, end });
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
];

describe('a number the clock parser reads as no hour', () => {
  it('is given up exactly where chrono\'s extract gives null and moves past the match', () => {
    let skipped = 0;
    for (const sentence of SENTENCES) {
      for (const m of matches(sentence)) {
        if (!m.skipped) continue;
        skipped++;
        expect(m.read, m.text).toBe(false);
        expect(m.next, m.text).toBe(m.end + 1);
      }
    }
    expect(skipped).toBeGreaterThan(10);
  });

  it('is a year, a number above 24, or one of one, three or four digits with no span after it', () => {
    const skip = (sentence: string) => matches(sentence).filter((m) => m.skipped).map((m) => m.text.trim());
    expect(skip('The dam held 2,400 tonnes of silt on March 7, 2031, and 600 more by 1998.')).toEqual(['2', '400', '7', '2031', '600', '1998']);
    // two digits, "at" before, a span after: chrono's own extract decides
    expect(skip('Some 350 volunteers planted 9 rows at the 12 plots from 3 to 5 in the afternoon.')).toEqual(['350', '9']);
    // (four digits above 100 are no hour to chrono, span or not)
    expect(skip('Route 101 reopened at 7 after the 1030-1100 closure, 45 minutes late.')).toEqual(['101', '1030', '1100', '45']);
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
  });
});
