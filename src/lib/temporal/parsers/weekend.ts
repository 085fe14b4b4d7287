// "the weekend" / "over the weekend" without last/next: the weekend the sentence points to,
// the one just past in a past statement ("talks held over the weekend"), the coming one in a
// projected one, and late in the week the coming one unless the past is told of it.
// Publication on a Saturday or Sunday is in that weekend either way.
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
    // with nothing past said of it, a weekend written of late in the week (a Thursday or a
    // Friday) is the one about to come: "traders are not comfortable being short over the
    // weekend", "before travelling to Europe at the weekend"; and so is what went on "before the
    // weekend" then ("short-covering before the weekend lifted prices" on a Friday)
    const lateInWeek = today === 4 || today === 5;
    const before = /\bbefore\s+$/i.test(context.text.slice(Math.max(0, match.index! - 8), match.index!));
    const ahead = tense === 'future' || (lateInWeek && (tense === null || tense === 'present' || before));
    const shift = inWeekend || ahead ? 0 : -7;
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: `${formatIsoWeek(addDays(published, shift))}-WE` });
  },
};
