// "today", "yesterday", "tomorrow", "tonight", "this morning", "last night", "earlier today":
// days named relative to publication. TimeML gives "today" the publication date itself, and a
// part of day a TIME value (2025-11-05TMO). Knows nothing of tense.
import type { Parser } from 'chrono-node';
import { addDays, formatDay } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { ANCHOR_DAY } from './anaphoricDay';

const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI' };
const OFFSET: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0, this: 0, last: -1 };

const PATTERN =
  /(?<![\w-])(?:(?:earlier|later)\s+)?(?:(yesterday|today|tomorrow)(?:\s+(morning|afternoon|evening|night))?|(tonight)|(this)\s+(morning|afternoon|evening)|(last)\s+(night)|(?<=\bin\s+(?:early\s+|late\s+)?)(morning|afternoon)(?=\s+(?:trade|trading|deals|session)))(?![\w-])/i;

export const casualDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    // "Today" as a newspaper or show name ("USA Today", "the Today programme") is no date.
    if (/\b(?:USA|the)\s*$/.test(context.text.slice(Math.max(0, match.index! - 5), match.index)) && /^Today/.test(match[0])) return null;
    const word = (match[1] ?? match[3] ?? match[4] ?? match[6] ?? 'today').toLowerCase();
    const part = (match[2] ?? match[5] ?? match[7] ?? match[8] ?? (word === 'tonight' ? 'night' : ''))?.toLowerCase();
    // "in morning trading" is the morning of the day the report is about (anchors.ts)
    const day = match[8] ? ANCHOR_DAY : formatDay(addDays(publicationDay(context), OFFSET[word]));
    const value = part ? `${day}T${PART[part]}` : day;
    return statedResult(context, match.index!, match[0], { type: part ? 'TIME' : 'DATE', value });
  },
};
