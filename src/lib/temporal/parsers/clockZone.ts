// Military-style clock times with a zone, as wire copy writes them: "0800 UTC", "1630 GMT".
// Without the zone four digits are a year or an amount, so the zone is required.
import type { Parser } from 'chrono-node';

const PATTERN = /(?<![\w.,:$-])([01]\d|2[0-3])([0-5]\d)(?=\s*\(?(?:UTC|GMT)\b)/;

export const clockZoneParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const result = context.createParsingResult(match.index!, match[0], { hour: Number(match[1]), minute: Number(match[2]) });
    return result.addTag('newsline/clock');
  },
};
