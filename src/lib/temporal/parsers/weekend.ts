// "the weekend" / "over the weekend" without last/next: the weekend the sentence points to,
// the one just past in a past statement ("talks held over the weekend"), the coming one in a
// projected one. Publication on a Saturday or Sunday is in that weekend either way.
import type { Parser } from 'chrono-node';
import { addDays, formatIsoWeek, weekday } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { tenseAround } from '../tense';

const PATTERN = /(?<![\w-])the\s+weekend(?![\w-]|'s)/i;

export const weekendParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const published = publicationDay(context);
    const today = weekday(published);
    const tense = tenseAround(context.text, match.index!, match.index! + match[0].length, true);
    const inWeekend = today === 0 || today === 6;
    const shift = inWeekend ? 0 : tense === 'future' ? 0 : -7;
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: `${formatIsoWeek(addDays(published, shift))}-WE` });
  },
};
