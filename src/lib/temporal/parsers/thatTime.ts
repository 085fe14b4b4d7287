// "by that time", "until that date", "since that time": a time the story has just named, taken
// back by a demonstrative ("a deal that will be finalized by June 10. If a price is not agreed
// on by that time, ..."). TimeML values such a reference as the time it refers to: the last date
// named, at its own precision, resolved by the document pass (anchors.ts); with no date named
// before it, it is dropped. "At that point" and "at the time" are left alone: they take back an
// event more often than a date; "at that time" only after a date in its own sentence.
import type { Parser } from 'chrono-node';
import { statedResult } from '../context';
import { ANCHOR_LAST } from '../placeholders';

const PATTERN = /(?<![\w-])(?:by|until|till|since|before|after|from|at)\s+(that\s+(?:time|date))(?![\w-])/i;
// "calling the February tests 'preliminary' and saying that 'final well conditions were not known
// at that time'": "at that time" takes back a date its own sentence has named before it (a month,
// a year, a day by its number); with none there it takes back an event, and is left alone
const DATE_BEFORE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:1[89]|20)\d\d)\b/;

export const thatTimeParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    if (/^at\s/i.test(match[0]) && !DATE_BEFORE.test(context.text.slice(0, match.index))) return null;
    const lead = match[0].length - match[1].length;
    return statedResult(context, match.index! + lead, match[1], { type: 'DATE', value: ANCHOR_LAST });
  },
};
