// "“I spoke to him yesterday,” Smith said on Monday": a speaker's "yesterday" counts from when
// they spoke, not from when the story was published. News dates the quote in its attribution
// ("said on Monday", "wrote on Sunday: “...”"); when it does, a day word inside the quote moves
// with it. Must not know how labels are written; reads only the timexes it is given.
import type { Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import { attributionSpans } from './speaker';

// Words that count from the moment of speaking.
const DEICTIC = /^(?:yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
// A quote dated more than two weeks before the story is a memory recalled, not today's words.
const FARTHEST = 14;

const epoch = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** `range` moved to count from the day the quote was spoken, when the attribution dates it. */
export function fromSpeaking(text: string, timex: Timex, range: TimexRange, timexes: readonly Timex[], published: string): TimexRange {
  if (!DEICTIC.test(timex.text.trim()) || range.start !== range.end) return range;
  const said = attributionSpans(text, timex.start)
    .map((span) => timexes.find((t) => t.start >= span.start && t.end <= span.end && t.type === 'DATE' && DAY.test(t.value)))
    .find((t) => t !== undefined);
  if (!said) return range;
  const shift = epoch(said.value) - epoch(published.slice(0, 10));
  if (shift >= 0 || shift < -FARTHEST) return range;
  const day = dayOf(epoch(range.start!) + shift);
  return { ...range, start: day, end: day };
}
