// A part of the day named by the sun: "at dawn", "by daybreak", "before sunrise", "at midday",
// "at dusk", "by sundown", "after sunset", "until nightfall". News of fighting, rescues and
// protests times what happened by them as by "in the morning" and "in the evening", and TimeML
// tags them as parts of the day (TIME, 2014-07-20TMO; "midday" TMI): the day of the story, as
// "in the evening" is (anchors.ts). Only after a preposition of time ("Dawn raids", "a sunset
// clause", "the dawn of a new era" name no time of day).
// Knows nothing of tense.
import type { Parser } from 'chrono-node';
import { statedResult } from '../context';
import { ANCHOR_DAY } from './anaphoricDay';

const PART: Record<string, string> = { dawn: 'MO', daybreak: 'MO', sunrise: 'MO', midday: 'MI', dusk: 'EV', sundown: 'EV', sunset: 'EV', nightfall: 'EV' };

const PATTERN = /(?<=\b(?:at|by|before|after|until|till|around|since|from|toward|towards)\s+(?:(?:about|around|just|shortly|soon)\s+)?)(dawn|daybreak|sunrise|midday|dusk|sundown|sunset|nightfall)(?![\w-])(?!\s+(?:of|on\s+(?:the|a|an)\b|prayers?|clause|raids?|patrols?|meetings?|deadline|flights?|rally|rallies|service|show|news|bulletin)\b)/i;

const DAY_AFTER = /^,?\s+(?:on\s+|of\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/i;

export const dayBreakParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    // "at dawn on Sunday", "by sunset Friday": the day written after it is the date the story
    // gives (left to the day's own parser; the part of the day is not joined to it here)
    // ("At Sunrise, Fla.": a capitalised word is a place's name, not the sun's hour)
    if (match[1] !== match[1].toLowerCase()) return null;
    if (DAY_AFTER.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 40))) return null;
    return statedResult(context, match.index!, match[0], { type: 'TIME', value: `${ANCHOR_DAY}T${PART[match[1].toLowerCase()]}` });
  },
};
