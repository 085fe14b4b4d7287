// An event named again by its weekday: "an unfavorable ruling last Monday by the Supreme Court
// ... following Monday's Supreme Court ruling, suppliers began demanding cash". In a Monday
// story the bare "Monday's" would be read as publication's own day, but the story has already
// placed that ruling a week back; the noun the weekday dates ("ruling") names the same event, so
// it keeps the day first given to it. Only a weekday that the sentence alone would put on the
// day of publication is moved (any other bare weekday already lies within the week either side
// and is left to its tense), and only when its noun stood beside the earlier "last"/"next" one.
// Only values change; spans, order and count stay. Knows nothing of events.
import type { Timex } from '../document';

const NAMED = /^(?:last|past|previous|next|coming)\s+((?:sun|mon|tues|wednes|thurs|fri|satur)day)$/i;
const BARE = /^((?:sun|mon|tues|wednes|thurs|fri|satur)day)$/i;
// the noun a possessive weekday dates: its first lower-case word of four letters or more
// ("Monday's Supreme Court ruling" -> "ruling"), within a few words
const POSSESSIVE_NOUN = /^['\u2019]s\s+(?:[A-Z][\w.-]*\s+|[a-z]+ly\s+|[a-z]{1,3}\s+){0,3}([a-z]{4,})\b/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
// how far (characters) either side of the earlier mention its noun may stand
const NOUN_REACH = 60;

export function weekdaysNamedAgain(text: string, timexes: Timex[], publishedDay: string): Timex[] {
  const named = new Map<string, { value: string; start: number; end: number }>();
  const one = (t: Timex, _i: number): Timex => {
    const first = NAMED.exec(t.text);
    if (first && DAY.test(t.value)) {
      named.set(first[1].toLowerCase(), { value: t.value, start: t.start, end: t.end });
      return t;
    }
    const bare = BARE.exec(t.text);
    if (!bare || t.value !== publishedDay) return t;
    const earlier = named.get(bare[1].toLowerCase());
    if (!earlier || earlier.value === t.value) return t;
    const noun = POSSESSIVE_NOUN.exec(text.slice(t.end, t.end + 50))?.[1];
    if (!noun) return t;
    // (within the earlier mention's own sentence: not reaching into the later one)
    const before = text.slice(Math.max(0, earlier.start - NOUN_REACH), earlier.start).split(/[.!?]\s|\n/).pop()!;
    const after = text.slice(earlier.end, Math.min(earlier.end + NOUN_REACH, t.start)).split(/[.!?](?:\s|$)|\n/)[0];
    const around = before + after;
    return new RegExp(`\\b${noun}\\b`, 'i').test(around) ? { ...t, value: earlier.value } : t;
  };
  // (a loop, not timexes.map: the lists passed between the passes are all made by push, so that
  // V8's optimised code, which inlines the passes into tagTimexes, meets one kind of array)
  const out: Timex[] = [];
  for (let i = 0; i < timexes.length; i++) out.push(one(timexes[i], i));
  return out;
}
