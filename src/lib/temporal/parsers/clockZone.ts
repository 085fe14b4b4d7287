// Clock times chrono does not read: military style with a zone, as wire copy writes them
// ("0800 UTC", "1630 GMT", "0950 EST" for New York's trading hours, "1000 hrs EDT" with the
// military "hours" between; without the zone four digits
// are a year or an amount, and a lower-case "est." after them is an estimate), and
// "noon"/"midnight" (joined to a neighbouring day by the date-time refiner).
import type { Parser, ParsingResult } from 'chrono-node';

// the results this parser gave: a clock time the date-time refiner must keep
const clocks = new WeakSet<ParsingResult>();

export const isClock = (result: ParsingResult) => clocks.has(result);

// "contracts expire at midnight September 14", "talks may go on until midnight", "pumping should
// resume by midnight": a midnight that closes something is the end of its day, which TimeML writes
// T24:00 (the TIMEX guidelines' reading); "shortly after midnight", "from midnight to noon" open one
// (T00:00)
const endsDay = new WeakSet<ParsingResult>();
const CLOSING_BEFORE = /\b(?:until|till|by|before|(?:expir\w*|laps(?:e|es|ed|ing)|end(?:s|ed|ing)?|clos(?:e|es|ed|ing)|deadline|runs?|ran|lasts?|lasted)\s+at)\s+$/i;

export const isEndOfDay = (result: ParsingResult) => endsDay.has(result);

const PATTERN = /(?<![\w.,:$-])(?:([01]\d|2[0-3])([0-5]\d)(?:\s+hrs\.?)?(?=\s*\(?(?:UTC|GMT|[ECMP][SD]T)\b)|(?<=\b(?:at|by|until|before|after|from|around|about|shortly|just)\s+)(noon|midnight))(?![\w-])/i;

export const clockZoneParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const zone = match[1] ? /^\s*\(?([A-Za-z]{3})/.exec(context.text.slice(match.index! + match[0].length))?.[1] : undefined;
    if (zone && !/^(?:utc|gmt)$/i.test(zone) && zone !== zone.toUpperCase()) return null;
    const hour = match[3] ? (match[3].toLowerCase() === 'noon' ? 12 : 0) : Number(match[1]);
    const result = context.createParsingResult(match.index!, match[0], { hour, minute: match[3] ? 0 : Number(match[2]) });
    clocks.add(result);
    if (match[3] && match[3].toLowerCase() === 'midnight' && CLOSING_BEFORE.test(context.text.slice(Math.max(0, match.index! - 24), match.index))) endsDay.add(result);
    return result;
  },
};
