// Which of chrono's own English parsers the news tagger keeps: those that read calendar dates
// and clock times as written ("March 3, 2009", "3 March", "2009-03-03", "7/8/07", "March",
// "3 p.m."). Chrono's relative and casual parsers ("last week" as one day, "on Monday" as the
// nearest Monday, "within 2 days" as a date) are replaced by the news parsers.
// Parsers are chosen by what they read, not by class name, which a minifier may rename; and so
// is the guard each one gets (guard.ts): what its pattern cannot match without.
import { Chrono, casual, type Parser } from 'chrono-node';
import { all, withDigit, withFourDigits, withJoinedDigits, withSlash, withYearHyphen, type Guard } from './guard';

const KEEP = ['March 3, 2009', '3 March 2009', '2009-03-03', '7/8/2007', '03/2009', 'March', 'March 2009', '2009 March', '3 p.m.', '15:30', '2009-03-03T10:00:00Z'];
const DROP = ['tomorrow', 'tonight', 'this morning', 'last week', 'next 2 weeks', 'on Monday', '2 days ago', '2 days later', 'within 2 days', 'end of this month', 'evening'];

const PROBE_DATE = new Date(2009, 5, 15, 12, 0, 0);

// chrono's month names all begin with one of these (its dictionary: "sept.", "jan."...), and
// may follow a digit with no space ("3March")
export const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// A name of its dictionary, whole: every pattern of chrono's month-name parsers goes on after
// the name with no letter ("March 3", "Mar. 3", "3March2009", "March," or the text's end), or
// with "of" ("Marchof 2009") or an ordinal's word ("Marchfirst"), which its patterns let follow
// with no space. So "market", "decline", "remarks" or "octane", which hold a stem and no month,
// send no sentence to the four of them. (The dotted names, "jan.", are a name and a mark.)
const MONTH_NAME = /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:(?![a-z])|of|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty)/i;
const MONTH: Needs = { pattern: MONTH_NAME, stems: MONTH_STEMS };

/** What a parser's pattern cannot match without: `pattern`, and one of `stems` or a digit. */
export interface Needs {
  pattern: RegExp;
  stems?: readonly string[];
  digit?: boolean;
  /** a mark of the sentence the pattern cannot match without (guard.ts), tested first */
  mark?: Guard;
  /** whether the mark says all the pattern would (the pattern matches wherever it is set) */
  markAlone?: boolean;
  /** an expression of the parser's own, tested only where `pattern` (shared with other parsers) matches */
  then?: RegExp;
}

/** What each kept parser needs, by the probes it reads; a parser read otherwise needs a digit or a month. */
const NEEDS: Record<string, Needs> = {
  // "2009-03-03", "2009/03/03", "2009 March 3": four digits then a separator
  '2009-03-03': { pattern: /\d{4}[-./\s]/, digit: true, mark: withFourDigits },
  // ISO 8601: four digits, a hyphen, one or two digits, a hyphen
  '2009-03-03|2009-03-03T10:00:00Z': { pattern: /\d{4}-\d{1,2}-\d/, digit: true, mark: withYearHyphen },
  // "7/8/2007", "7.8.2007": two numbers joined by a slash, dot or hyphen (the mark), and a reading
  // only where the join is a slash or a year follows ("7-8" and "1.5" match its pattern, and it
  // reads nothing in them)
  '7/8/2007': { pattern: /\d\/\d|\d[-./]\d{1,2}[-./]\d\d/, digit: true, mark: withJoinedDigits },
  // "03/2009": a month number, a slash, four digits
  '03/2009': { pattern: /\d\/\d{4}/, digit: true, mark: all(withSlash, withFourDigits) },
  // "3 March 2009", "March 3, 2009", "2009 March", "March": a month's name
  // ("3 March", "3rd of March", "third March", "3-5 March": a day right before the name, by a
  // hyphen, a slash, or up to three spaces with an "of"; every day it reads, "3", "3rd", "third",
  // "twenty-first", ends on a digit or on "t", "d" or "h")
  '3 March 2009': { ...MONTH, then: /[\dtdh](?:[-/]|\s{0,3}(?:of)?\s{0,3})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i },
  'March 3, 2009': MONTH,
  // ("2009 March", "2009, March", "2009 of March", "300 BC March": a year right before the name)
  '2009 March': { ...MONTH, then: /\d(?:\s{0,2}(?:be|ad|bc|bce|ce))?\s*(?:[-./,]\s*|of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i },
  '3 March 2009|March|March 2009': MONTH,
  // "3 p.m.", "15:30": any number may be an hour
  '3 p.m.|15:30': { pattern: /\d/, digit: true, mark: withDigit, markAlone: true },
};
const CALENDAR: Needs = { pattern: /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i };

function reads(parser: Parser, probe: string): boolean {
  const single = new Chrono({ parsers: [parser], refiners: [] });
  return single.parse(probe, PROBE_DATE).some((r) => r.text.trim().length >= probe.length - 3);
}

/** A kept parser, what it needs, and whether it reads clock times ("3 p.m.": every number may be an hour to it). */
export interface CalendarParser {
  parser: Parser;
  needs: Needs;
  clock: boolean;
  /**
   * Whether it is chrono's parser of a month's name alone ("March", "in March 2009": the one
   * that reads the probe "March"): its reading lies within its match (after chrono's boundary
   * character), and it gives none only for a match of three letters ("Jan"), inside which no
   * other match of its pattern can start. newsChrono.ts skips a match of it lying inside an
   * earlier reading ("March" of "March 3, 2009"), which the overlap refiner would drop.
   */
  nameAlone: boolean;
}

let kept: CalendarParser[] | null = null;

export function calendarParsers(): CalendarParser[] {
  kept ??= casual.parsers
    .filter((p) => !DROP.some((probe) => reads(p, probe)))
    .map((parser) => ({ parser, read: KEEP.filter((probe) => reads(parser, probe)) }))
    .filter(({ read }) => read.length > 0)
    .map(({ parser, read }) => ({ parser, needs: NEEDS[read.join('|')] ?? CALENDAR, clock: read.includes('3 p.m.'), nameAlone: read.includes('March') }));
  return kept;
}
