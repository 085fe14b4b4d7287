// "the day", "the same day", "that day" in a report ("ended the day at 9,505", "for the day",
// "a report released on the same day"): the day the story is about, which is the last day
// named before it, or the publication day when none was. The value is a placeholder that the
// document pass (anchors.ts) replaces, since a sentence alone cannot know the earlier dates.
import type { Parser } from 'chrono-node';
import { statedResult } from '../context';

export const ANCHOR_DAY = 'ANCHOR_DAY';

const PATTERN =
  /(?<=\b(?:end(?:s|ed|ing)?|finish(?:es|ed|ing)?|clos(?:e|es|ed|ing)|start(?:s|ed|ing)?|for|during|in|on|of|throughout)\s+)(?:the\s+same\s+day|the\s+day|that\s+same\s+day)(?![\w-]|\s+(?:before|after|when|that|of|which|on|in)\b|'s)/i;

export const anaphoricDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: ANCHOR_DAY });
  },
};
