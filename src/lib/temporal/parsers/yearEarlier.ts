// The financial-news adjectives "year-earlier" and "year-ago" ("the year-earlier quarter",
// "year-ago sales"): the year before the period the story is about, counted from the last
// date named (see anchors.ts), like "a year earlier".
import type { Parser } from 'chrono-node';
import { statedResult } from '../context';
import { anchorShift } from './anaphoricDay';

const PATTERN = /(?<![\w-])year[-\s](?:earlier|ago)(?=\s+[a-z])/i;

export const yearEarlierParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: anchorShift(-1, 'year') });
  },
};
