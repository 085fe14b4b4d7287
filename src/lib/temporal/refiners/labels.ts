// Time words set as a label, not a time: a title-case phrase quoted alone ("the “Today” folder",
// "the “This Week” list") names a folder, a list or a section, and one opening a line before a
// colon or a slash ("Today: everything that needs an answer", "This Month/Quarter:") heads a
// section. A sentence that quotes a time ("said the deal would close “next week”") keeps it: its
// words are not in title case, or the quote goes on past them. A span of time whose unit is
// capitalised inside a sentence is part of a title or a product's name ("12 Years a Slave", a
// "2 Year Warranty", a "20-Hour Battery"): news writes a measured span in lower case; a headline
// set in title case keeps it. A weekday in a newspaper's name ("the Sunday Times") is no day.
import type { Refiner } from 'chrono-node';
import { resultTimex } from '../toTimex';

// every word capitalised: "Today", "This Week", "Next Month"
const TITLE_CASE = /^[A-Z][a-z]*(?:\s+[A-Z][a-z]*)*$/;
const OPENING_QUOTE = /["\u201c\u2018']$/;
const CLOSING_QUOTE = /^["\u201d\u2019']/;
const WEEKDAY_OR_MONTH = /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
// a lower-case word of four letters or more that a title-case headline would capitalise: the
// words before are prose, not a headline ("Stocks Rise for Third Straight Week" keeps its week)
const PROSE = /(?:^|\s)(?!(?:with|from|into|onto|over|than|that|this|upon)\b)[a-z]{4,}\b/;
const TITLED_UNIT = /\b(?:Years?|Months?|Weeks?|Days?|Hours?|Minutes?|Decades?|Yr)\b/;

// a weekday in a newspaper's or a programme's name: "yesterday's Sunday Times", "the Sunday
// Telegraph", "Monday Night Football", "the Mail on Sunday", "Fox News Sunday" ("Northern Ireland on Sunday" is the
// day: only the two papers so named are read); a day is written before a lower-case
// word ("Sunday morning", "Sunday's poll")
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
const TITLE_AFTER = /^\s+(?:Times(?!\s+Square)|Telegraph|Express|Mirror|Post|Herald|Tribune|Independent|Star|Observer|Mail|Sport|People|Standard|Journal|Record|Business|Morning\s+Post|Night\s+(?:Football|Live))\b/;
const TITLE_BEFORE = /\b(?:(?:Mail|Independent)\s+on|Fox\s+News)\s+$/;

export const labelsRefiner: Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      const text = r.text.trim();
      if (WEEKDAY.test(text) && (TITLE_AFTER.test(context.text.slice(r.index + text.length, r.index + text.length + 20)) || (text === 'Sunday' && TITLE_BEFORE.test(context.text.slice(Math.max(0, r.index - 20), r.index))))) return false;
      if (TITLED_UNIT.test(text) && PROSE.test(context.text.slice(0, r.index))) {
        const type = resultTimex(r)?.type;
        if (type === 'DURATION' || type === 'SET') return false;
      }
      if (!TITLE_CASE.test(text)) return true;
      const before = context.text.slice(Math.max(0, r.index - 1), r.index);
      const after = context.text.slice(r.index + text.length, r.index + text.length + 1);
      if (OPENING_QUOTE.test(before) && CLOSING_QUOTE.test(after)) return false;
      // a weekday or a month opening a line is a timeline's or a live blog's dated entry
      // ("Monday: the talks resumed"), not a section's name
      if (WEEKDAY_OR_MONTH.test(text)) return true;
      const lineStart = r.index === 0 || /\n\s*$/.test(context.text.slice(Math.max(0, r.index - 4), r.index));
      return !(lineStart && /^[:/]/.test(after));
    });
  },
};
