// "Wyoming produced 40 percent of the coal in 2014. That year, Appalachia mined 27 percent",
// "the successor of Sultan Qaboos, who died the same year", "was suspended later that year": a
// narrative names a year again by "that year", "that same year", "the same year", which TimeML
// values as the year it last named. Runs on the resolved timexes of an article: the phrase takes
// the year of the last date before it that writes its year out, if that stands in the few
// sentences before (a year named pages earlier is no antecedent a reader still holds). Not "the
// same year as ..." (a comparison), nor words another timex already holds ("In October of that
// year": ofThatYear.ts). Knows nothing of events.
import type { Timex } from '../document';
import { SEASON_CODES, SEASON_VALUES } from './parsers/names';

const THAT_YEAR = /\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that(?:\s+same)?|the\s+same)\s+year\b(?!\s+as\b|\s+(?:that|when|in\s+which)\b)/gi;
const NAMES_A_YEAR = /^(\d{4})(?:$|-)/;
// (a year the text wrote, "in 2014", "March 2007": not one a yearless "May" or "last year" was given)
const WRITTEN_YEAR = /\b\d{4}\b/;
// how far back the year may stand: a few sentences
const REACH = 600;

export function yearsNamedAgain(text: string, timexes: readonly Timex[]): Timex[] {
  const named = /\bthat\s/i.test(text) ? partsOfThatYear(text, timexes) : timexes;
  if (!/\byear\b/i.test(text)) return [...named];
  return thatYears(text, named);
}

function thatYears(text: string, timexes: readonly Timex[]): Timex[] {
  const added: Timex[] = [];
  // (timexes come sorted: one sweep finds the last year written before each phrase)
  let k = 0;
  let last: { end: number; year: string } | null = null;
  THAT_YEAR.lastIndex = 0;
  for (let m = THAT_YEAR.exec(text); m; m = THAT_YEAR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    for (; k < timexes.length && timexes[k].start < end; k++) {
      const t = timexes[k];
      const year = t.type === 'DATE' && t.end <= start ? NAMES_A_YEAR.exec(t.value) : null;
      if (year && WRITTEN_YEAR.test(t.text)) last = { end: t.end, year: year[1] };
    }
    const held = k > 0 && timexes[k - 1].end > start;
    if (held || !last || start - last.end > REACH) continue;
    added.push({ start, end, text: m[0], type: 'DATE', value: last.year });
  }
  return added.length ? [...timexes, ...added].sort((a, b) => a.start - b.start) : [...timexes];
}

// "It was founded in 2011 and graduated from the accelerator that summer", "forced out of office by
// an uprising that February", "That fall, it hired ten engineers": "that" before a season or a
// month points back to the year the narrative last wrote out, as "that year" does; the tagger,
// which leaves the "that" outside the timex, gives the season or the month the sentence's tense
// gives from the day of writing. The season or month (no day, no year of its own) takes the year
// of the last date before it that writes its year out, a bare year too, within the few sentences
// of REACH; a season the tagger left untagged ("that fall", "fall" being so often a drop; "won a
// prize that summer", read as "a ... summer") is added when a clause goes on after it. Not the
// "that" of a clause ("said that summer trade was slow", "so that June ..."): after a verb of
// saying or thinking, or before a verb or a noun it describes.
const THAT_PART = /\b[Tt]hat\s+(?:same\s+)?(spring|summer|autumn|fall|winter|January|February|March|April|June|July|August|September|October|November|December)\b/g;
const CLAUSE_THAT_BEFORE = /\b(?:said|says|say|told|tells|tell|think|thinks|thought|believe[sd]?|hope[sd]?|expect(?:s|ed)?|know|knows|knew|added|noted|warned|announced|insisted|argued|predicted|agreed|suggested|showed|shows|means|meant|so|such|now|sure|clear|fact|given|claimed|reported|estimated|feared|fears)\s+$/i;
// what follows a demonstrative's season or month: a mark, a part of the day it names, or the words
// that go on to another phrase or clause (not a verb, "that summer was", nor a noun the month
// describes, "estimated on March 24 that February orders rose")
const CLAUSE_AFTER = /^(?:\s*[,.;:)!?]|\s*$|\s+(?:day|morning|afternoon|evening|night|weekend|when|as|after|before|until|in|on|at|of|for|to|with|from|and|but|he|she|it|they|we|I|the|a|an|his|her|its|their|[A-Z][a-z]+)\b)/;
// (and after a season the tagger left: only a mark or a clause's subject, "That fall, ...", "that
// fall the club ...": "that fall in prices" is a drop)
const UNTAGGED_AFTER = /^(?:\s*[,.;:)]|\s+(?:he|she|it|they|we|I|the|a|an|his|her|its|their|[A-Z][a-z]+)\b)/;
const PART_VALUE = /^(\d{4})(-(?:SP|SU|FA|WI|\d{2}))$/;

function partsOfThatYear(text: string, timexes: readonly Timex[]): Timex[] {
  let out: Timex[] | null = null;
  const added: Timex[] = [];
  let k = 0;
  let last: { end: number; year: string } | null = null;
  THAT_PART.lastIndex = 0;
  for (let m = THAT_PART.exec(text); m; m = THAT_PART.exec(text)) {
    const at = m.index + m[0].length - m[1].length;
    for (; k < timexes.length && timexes[k].start < m.index; k++) {
      const t = timexes[k];
      const year = t.type === 'DATE' ? NAMES_A_YEAR.exec(t.value) : null;
      if (year && WRITTEN_YEAR.test(t.text)) last = { end: t.end, year: year[1] };
    }
    if (!last || m.index - last.end > REACH) continue;
    if (CLAUSE_THAT_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) || !CLAUSE_AFTER.test(text.slice(at + m[1].length, at + m[1].length + 12))) continue;
    const i = timexes.findIndex((t) => t.start === at && t.end === at + m![1].length);
    if (i >= 0) {
      const part = PART_VALUE.exec(timexes[i].value);
      if (!part || part[1] === last.year) continue;
      out ??= [...timexes];
      // (the span takes its "that" in, as TimeML writes "that summer", so that no label keeps it)
      out[i] = { ...timexes[i], start: m.index, text: text.slice(m.index, timexes[i].end), value: `${last.year}${part[2]}` };
    } else if (m[1].toLowerCase() in SEASON_CODES && UNTAGGED_AFTER.test(text.slice(at + m[1].length, at + m[1].length + 8)) && !timexes.some((t) => t.start < at + m![1].length && t.end > m!.index)) {
      const end = at + m[1].length;
      added.push({ start: m.index, end, text: text.slice(m.index, end), type: 'DATE', value: `${last.year}-${SEASON_VALUES[SEASON_CODES[m[1].toLowerCase()]]}` });
    }
  }
  if (!out && !added.length) return timexes as Timex[];
  return [...(out ?? timexes), ...added].sort((a, b) => a.start - b.start);
}
