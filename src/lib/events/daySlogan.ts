// "Yesterday Tunisia, today Egypt, tomorrow Yemen", "Today a dream, tomorrow a reality": a chant,
// a slogan or a writer's flourish sets the near days side by side, each opening a clause cut down
// to a name or a noun, to say "then, now and next". No day is meant: nothing happened yesterday
// or happens tomorrow because of it. A sentence that tells what is done on each day gives each
// its verb ("Yesterday he landed, today he rests") and keeps them.
// Must not know about labels, statuses or how timexes were found.
import type { Timex } from '../document';
import { isVerbal, type Span, type Word } from '../analysis';

const DAY_WORD = /\b(?:yesterday|today|tomorrow)\b(?!['’])/gi;
// what may stand before a member of the series: the sentence's or a quote's start, a comma, a dash
const MEMBER_OPENS = /(?:^|[,;:“"‘(]|--|[—–]|\s-)\s*$/;
// where a member ends: the next comma, dash, semicolon, closing quote or stop
const MEMBER_ENDS = /[,;:”"’)!?.]|--|[—–]|\s-\s/;

/** Whether `timex`, a near day, is one member of such a series in its sentence. */
export function daySlogan(text: string, sentence: Span, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  if (!/^(?:yesterday|today|tomorrow)$/i.test(timex.text)) return false;
  const own = text.slice(sentence.start, sentence.end);
  const members: { word: string; start: number; end: number }[] = [];
  for (const m of own.matchAll(DAY_WORD)) {
    const start = sentence.start + m.index!;
    if (!MEMBER_OPENS.test(text.slice(Math.max(sentence.start, start - 4), start))) continue;
    const rest = text.slice(start + m[0].length, sentence.end);
    const stop = MEMBER_ENDS.exec(rest);
    members.push({ word: m[0].toLowerCase(), start, end: start + m[0].length + (stop ? stop.index : rest.length) });
  }
  if (!members.some((m) => m.start === timex.start) || new Set(members.map((m) => m.word)).size < 2) return false;
  // (one member cut down to a noun at least: a chant, not a day-by-day account)
  const words = wordsOf();
  return members.some((m) => {
    const inside = words.filter((w) => w.start >= m.start + m.word.length && w.end <= m.end && w.end > w.start);
    return inside.length > 0 && !inside.some(isVerbal);
  });
}
