// A headline restates its story's lead in the headline present: "Delta Opens Cincinnati Hub
// Monday" over "Delta Air Lines opened its new Cincinnati hub Monday". Read alone, its present
// tense looks ahead (the futurate "opens Monday"), so a date the headline names and the lead
// names again in the same words takes the lead's value, read there with the lead's own verbs.
// The headline is the text's first line when it ends without a sentence's closing mark; the lead
// the few hundred characters after it. Only values change; spans, order and count stay.
// Knows nothing of how the timexes were found.
import type { Timex } from '../document';

// a headline is short; the lead is its first sentence or two
const HEADLINE_MAX = 160;
const LEAD_REACH = 600;

export function headlineDates(text: string, timexes: Timex[]): Timex[] {
  const start = text.search(/\S/);
  const end = start < 0 ? -1 : text.indexOf('\n', start);
  if (end < 0 || end - start > HEADLINE_MAX || /[.!?;:]["'\u201d\u2019]?\s*$/.test(text.slice(start, end))) return timexes;
  const lead = timexes.filter((t) => t.start > end && t.start < end + LEAD_REACH);
  if (!lead.length) return timexes;
  return timexes.map((t) => {
    if (t.end > end || (t.type !== 'DATE' && t.type !== 'TIME')) return t;
    const words = t.text.toLowerCase();
    const again = lead.find((u) => u.text.toLowerCase() === words);
    if (!again || (again.value === t.value && again.type === t.type)) return t;
    const { mod: _mod, ...rest } = t;
    return again.mod ? { ...rest, type: again.type, value: again.value, mod: again.mod } : { ...rest, type: again.type, value: again.value };
  });
}
