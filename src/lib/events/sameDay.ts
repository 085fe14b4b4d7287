// Past or projected for an event on the publication day itself, where the calendar cannot
// tell: first a verb group in the past, then the clock ("this evening" in a story stamped 14:00 is ahead, "this morning" is
// done), then the date's own words ("later today", "earlier today"), then the rest of the verb
// group that governs the date ("said Tuesday", "had expected ... on Wednesday": done; "will speak",
// "are striking today": ahead, a present progressive with a date being an arrangement).
// Returns null when none of these decides. Must not know about labels or text positions
// beyond the words it is given.
import type { EventStatus, Timex } from '../document';
import type { VerbGroup } from '../analysis';

// TimeML parts of the day, as hours [from, to).
const PART_OF_DAY: Record<string, [number, number]> = { MO: [0, 12], MI: [12, 13], AF: [12, 17], EV: [17, 21], NI: [21, 24], DT: [6, 18] };

function byClock(value: string, published: string): EventStatus | null {
  const at = /T(\d{2}):(\d{2})/.exec(published);
  if (!at) return null;
  const now = Number(at[1]) + Number(at[2]) / 60;
  const clock = /T(\d{2}):(\d{2})/.exec(value);
  if (clock) return Number(clock[1]) + Number(clock[2]) / 60 > now ? 'projected' : 'past';
  const part = PART_OF_DAY[/T(MO|MI|AF|EV|NI|DT)$/.exec(value)?.[1] ?? ''];
  if (!part) return null;
  return now < part[0] ? 'projected' : now >= part[1] ? 'past' : null;
}

const AHEAD = /\b(?:will|shall|[’']ll|going to|set to|due to|scheduled|slated|expected to|plans? to|is to|are to)\b/i;
const PERFECT_OR_PAST = /^(?:had|has|have|did|was|were)\b/i;

function byVerb(group: VerbGroup | null): EventStatus | null {
  if (!group) return null;
  if (AHEAD.test(group.text)) return 'projected';
  const words = group.text.split(' ');
  if (/^(?:is|are|am)$/i.test(words[0]) && /ing$/i.test(words[words.length - 1])) return 'projected';
  if (group.first.form === 'past' || (PERFECT_OR_PAST.test(group.text) && words.length > 1 && !/ing$/i.test(words[words.length - 1]))) return 'past';
  return null;
}

export function sameDayStatus(timex: Timex, published: string, group: VerbGroup | null): EventStatus | null {
  // A verb in the past has already told: "spotted a man this morning" in a story stamped 07:46
  // is done, whatever the clock says of the morning.
  const verb = byVerb(group);
  if (verb === 'past') return verb;
  const clock = byClock(timex.value, published);
  if (clock) return clock;
  if (/^later\b/i.test(timex.text)) return 'projected';
  if (/^earlier\b/i.test(timex.text)) return 'past';
  return verb;
}
