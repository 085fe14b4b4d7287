// A happening dated from another happening rather than from the calendar: "the day after the
// disaster", "three days after the suit was filed", "two months before his death", "the night
// of the vote", "shortly after the election". News names the earlier happening again, by its
// noun or by its verb, and leaves the reader to count from the day the story gave it. Here the
// other happening is looked for among the statements the article has already dated to a day
// or a month (the last one whose dated clause, its label, names it: the same noun, or the verb
// of the noun, "election"/"elected", "death"/"died", "departure"/"departed"; a word told in
// passing beside the clause, "in the hope that protests succeed", dates nothing), and the
// statement is dated by the offset. A happening named by a bare noun ("after take-off") is a
// routine, not one told before: only a definite one is looked for. When no earlier statement names it, nothing is dated: a wrong day is worse than
// none. Must not know about labels or statuses, nor read the clock.
import type { Granularity, Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import { addDays, addMonths, formatDay, parseDay, shiftDay } from '../temporal/calendar';
import type { Span } from '../analysis';

/** A dated statement the article told before: its words and its days. */
interface Told {
  words: string;
  range: TimexRange;
}

const NUMBER: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, 'a couple of': 2, 'a few': 3, several: 3 };
const COUNT = `(\\d{1,3}|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
// (the hedges a count takes: "less than 24 hours after", "just over a week after")
const HEDGE = '(?:(?:just|only|barely|some|about|around|roughly|nearly|almost|(?:a\\s+)?little\\s+(?:more|less)\\s+than|(?:just\\s+)?(?:more|less|fewer)\\s+than|(?:just\\s+)?(?:over|under))\\s+)?';
// the distance: a count and its unit, "the day", "in the weeks", "shortly", "hours"
const DISTANCE =
  `(?:${HEDGE}${COUNT}\\s+(hour|day|week|month|year)s?` +
  `|the\\s+(?:very\\s+)?(day|night|morning|evening|afternoon|week)(?:\\s+right)?` +
  `|(?:in|during|over)\\s+the\\s+(?:(?:first|few)\\s+)?(hours|days|weeks)` +
  `|(?:just\\s+|only\\s+)?(hours|days|weeks|moments|minutes)` +
  `|(shortly|soon|immediately|right))`;
/** A cheap first look for a sentence with no date: the words a distance from a happening needs. */
export const TOLD_HINT = /\b(?:after|before|following|(?:day|night|morning|evening|afternoon) of)\b/i;
const TOLD_FROM = new RegExp(`\\b${DISTANCE}\\s+(after|before|following|of)\\s+`, 'gi');
// the happening's own words end at a stop, a conjunction or a new clause
const HAPPENING_END = /[,;:.!?()—–"“”]|\s-\s|\s(?:and|but|while|when|where|which|who|whom|because|as|so|to|in|on|at|for|with|from|by|into|during|amid|after|before|since|until)\s/i;
// a light or auxiliary verb names no happening of its own: the subject's noun does
const LIGHT = /^(?:was|were|is|are|be|been|being|had|has|have|did|does|do|got|get|gets|went|goes|came|comes|made|makes|took|takes|gave|gives|put|puts|said|says|told|became|began)$/i;
const AUXILIARY = /^(?:was|were|is|are|been|being|had|has|have|did|does|do|got|get)$/i;
// plain past tenses that are not -ed: the verbs news dates most
const IRREGULAR_PAST =
  /^(?:died|left|won|lost|fell|rose|struck|hit|shot|fled|sent|sold|bought|ran|spoke|wrote|broke|froze|quit|met|led|held|kept|began|became|went|came|made|took|gave|put|said|told|got|had|was|were|did|swore|stole|sank|shook|beat|caught|brought|thought|sought|fought|flew|drove|rode|threw|chose|hung|spent|built|lent|bent|dug|stuck|stung|swung|tore|wore|woke|arose|forgave)$/i;
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|last|first|latest|recent|same)$/i;
const PRONOUN = /^(?:he|she|it|they|we|i|you|this|that|there|who)$/i;
// words that name no happening: a noun after "of" of a count ("the day of the week")
const NOT_HAPPENING = /^(?:week|month|year|day|night|morning|evening|afternoon|time|date|weekend|midnight|noon|dawn|dusk|tomorrow|today|yesterday|that|this|it|them|him|her|which|what|then|all|each|one|others?|some|more|most)$/i;
// nouns and the verbs news tells the same happening with ("his death" after "he died")
const IRREGULAR: Record<string, string> = { death: 'die', died: 'die', dies: 'die', dead: 'die', dying: 'die', suit: 'sue', lawsuit: 'sue', sued: 'sue', sues: 'sue', left: 'leave', won: 'win', victory: 'win', lost: 'lose', loss: 'lose', defeat: 'lose', fell: 'fall', struck: 'strike', strike: 'strike', shot: 'shoot', shooting: 'shoot', fled: 'flee', flight: 'flee', sold: 'sell', sale: 'sell', bought: 'buy', purchase: 'buy', met: 'meet', meeting: 'meet', marriage: 'marry', married: 'marry', birth: 'bear', born: 'bear', trial: 'try', tried: 'try', testimony: 'testify', testified: 'testify', signature: 'sign' };
// a general noun for a disaster names the particular one the story dated ("the day after the
// disaster" after "the earthquake struck on January 12")
const DISASTER = /^(?:disaster|tragedy|catastrophe|calamity)$/i;
const DISASTERS = /\b(?:earthquakes?|quakes?|tsunamis?|hurricanes?|typhoons?|cyclones?|tornado(?:es)?|floods?|flooding|wildfires?|fires?|blaze|explosions?|blasts?|crash(?:ed|es)?|collapsed?|derailment|derailed|eruption|erupted|landslides?|storms?|sank|sinking|capsized)\b/i;

/** The word's stem as news uses it for one happening: "elected" and "election", "reported"
 * and "report", "tweeted" and "tweet". */
export function stemOf(word: string): string {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  if (IRREGULAR[w]) return IRREGULAR[w];
  return w
    .replace(/(?:ations?|itions?)$/, 'ate')
    .replace(/(?:ions?)$/, '')
    .replace(/(?:ures?|ments?|als?)$/, '')
    .replace(/(?:ing|ed|es|s)$/, '')
    .replace(/(.)\1$/, '$1')
    .replace(/e$/, '');
}

/** The words that name the happening in `words` (the text after "after"/"before"/"of"): the
 * head of a noun phrase ("the New York report": report), or of a clause its verb and its
 * subject's noun ("Carlson's suit was filed": filed, suit). Empty when it names none. */
export function happeningWords(words: string): string[] {
  const end = HAPPENING_END.exec(words);
  const tokens = (end ? words.slice(0, end.index) : words).split(/\s+/).filter(Boolean).map((t) => t.replace(/[’']s$/, '').replace(/[^A-Za-z’'-]/g, ''));
  if (!tokens.length || tokens.length > 12) return [];
  let verb = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const afterDeterminer = i > 0 && DETERMINER.test(tokens[i - 1]);
    if (i > 0 && !afterDeterminer && (IRREGULAR_PAST.test(t) || (/^[a-z]{3,}ed$/.test(t) && !/^(?:need|seed|feed|bed|red|shed|speed|creed|greed|weed|bleed|breed|steed|deed)$/.test(t)))) {
      verb = i;
      break;
    }
    if (i > 0 && /^(?:was|were|is|are|had|has|have)$/i.test(t)) {
      verb = i;
      break;
    }
  }
  const out: string[] = [];
  if (verb < 0) {
    // a noun phrase: "the disaster", "Trump's tweet", "the New York report"; a happening told
    // before is referred to as a definite one ("after take-off", "after dinner" name a routine)
    const raw = words.trimStart().split(/\s+/)[0];
    if (!/^(?:the|his|her|its|their|this|that|our|my|your)$/i.test(raw) && !/[’']s$/.test(raw)) return [];
    const head = tokens[tokens.length - 1];
    if (PRONOUN.test(tokens[0]) && tokens.length === 1) return [];
    if (!/^[a-z]/.test(head) || NOT_HAPPENING.test(head) || DETERMINER.test(head)) return [];
    return [head.toLowerCase()];
  }
  // a clause: "Carlson filed her lawsuit", "the alert went out", "it was reported"
  let v = verb;
  while (v < tokens.length - 1 && AUXILIARY.test(tokens[v]) && /^[a-z]/.test(tokens[v + 1])) v++;
  if (!LIGHT.test(tokens[v])) out.push(tokens[v].toLowerCase());
  // ("in the days before he died": which death a pronoun means is the sentence's to say, not a word's)
  if (PRONOUN.test(tokens[verb - 1]) && verb === 1) return [];
  const subject = tokens.slice(0, verb).filter((t) => /^[a-z]/.test(t) && !DETERMINER.test(t) && !PRONOUN.test(t)).at(-1);
  if (subject && !NOT_HAPPENING.test(subject)) out.push(subject.toLowerCase());
  // the object's noun of a light verb: "Carlson filed her suit" names the suit
  if (LIGHT.test(tokens[v]) && !out.length) return [];
  return out;
}

// the words of a plan or a forecast: what alone lies after the day of writing
const AHEAD = /\b(?:will|would|shall|[’']ll|plans?|planned|expects?|expected|scheduled|set to|due to|is to|are to|intends?|aims?)\b/i;

/** The name of the happening's actor ("Carlson's suit was filed": Carlson), its last capitalised word. */
function nameIn(words: string): string | null {
  const end = HAPPENING_END.exec(words);
  const names = (end ? words.slice(0, end.index) : words).match(/\b[A-Z][a-z]+(?=[’']s\b|\b)/g)?.filter((w) => w !== 'I') ?? [];
  return names.at(-1) ?? null;
}

/** Whether `told` (a statement's words) names the happening of `keys`. */
export function namesHappening(told: string, keys: readonly string[], name: string | null = null): boolean {
  // a happening of a named actor ("after Haniyeh was killed") is one the earlier statement names them in
  // (or a statement whose subject is a pronoun standing for them: "They filed their suit on July 6")
  if (name && !new RegExp(`\\b${name}\\b`).test(told) && !/^\s*(?:He|She|They)\b/.test(told)) return false;
  // ("president-elect" is a title, not an election)
  const stems = new Set((told.toLowerCase().match(/[a-z’'-]+/g) ?? []).map(stemOf));
  return keys.some((k) => {
    if (DISASTER.test(k)) return DISASTERS.test(told);
    const s = stemOf(k);
    return s.length >= 3 && stems.has(s);
  });
}

const monthOf = (d: string, n: number): TimexRange => {
  const first = addMonths({ ...parseDay(d), day: 1 }, n);
  return { start: formatDay(first), end: formatDay(addDays(addMonths(first, 1), -1)), granularity: 'month' };
};

/** The days the distance of `m` puts the statement at from the happening's `from`, or null. */
function offset(m: RegExpExecArray, from: TimexRange): TimexRange | null {
  const [, count, unit, the, inThe, bare, soon, jointWord] = m;
  const joint = jointWord.toLowerCase();
  const sign = joint === 'before' ? -1 : 1;
  const dayAnchor = from.granularity === 'day' && from.start === from.end;
  const span = (a: number, b: number, granularity: Granularity = 'day'): TimexRange | null => {
    if (!dayAnchor) return null;
    const [x, y] = sign > 0 ? [a, b] : [-b, -a];
    return { start: shiftDay(from.start, x), end: shiftDay(from.start, y), granularity };
  };
  if (joint === 'of') return the && !/week/i.test(the) ? span(0, 0) : null;
  if (count) {
    const n = /^\d/.test(count) ? Number(count) : NUMBER[count.toLowerCase()];
    const u = unit.toLowerCase();
    if (u === 'hour') return n >= 12 ? span(0, 1) : span(0, 0);
    if (u === 'day') return span(n, n);
    if (u === 'week') return /few|several|couple/i.test(count) ? span(7 * n - 7, 7 * n + 7) : span(7 * n, 7 * n);
    // months and years: the month counted from the happening's month
    if (/few|several|couple/i.test(count)) return null;
    if (from.granularity !== 'day' && from.granularity !== 'month') return null;
    return monthOf(from.start, sign * n * (u === 'year' ? 12 : 1));
  }
  if (the) return /week/i.test(the) ? span(1, 7, 'week') : span(1, 1);
  if (inThe) return inThe.toLowerCase() === 'hours' ? span(0, 1) : inThe.toLowerCase() === 'days' ? span(1, 10) : span(1, 42);
  if (bare) return /hours|moments|minutes/i.test(bare) ? span(0, 0) : /days/i.test(bare) ? span(2, 10) : span(7, 42);
  if (soon) return /immediately|right/i.test(soon) ? span(0, 1) : span(0, 21);
  return null;
}

/** A statement dated from a happening the article told before. */
export interface ToldFrom {
  /** The words that date it ("three days after Carlson's suit was filed"). */
  words: Span;
  range: TimexRange;
}

/** The happenings an article has dated, in order, and the statements dated from them. */
export class Happenings {
  private readonly told: Told[] = [];

  /** Remembers a dated statement's clause (its label) and days (only a single day or a month can be counted from). */
  register(words: string, range: TimexRange): void {
    if ((range.granularity === 'day' && range.start === range.end) || range.granularity === 'month') this.told.push({ words, range });
  }

  /** The days of `span` of `text` when it is dated from a happening told before, else null. */
  find(text: string, span: Span, published: string, timexes: readonly Timex[] = []): ToldFrom | null {
    // a statement with a calendar date of its own is dated by it
    const calendar = timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && /^\d/.test(t.value));
    if (calendar.some((t) => t.start >= span.start && t.end <= span.end)) return null;
    const statement = text.slice(span.start, span.end);
    TOLD_FROM.lastIndex = 0;
    for (let m = TOLD_FROM.exec(statement); m; m = TOLD_FROM.exec(statement)) {
      // "a day after" opening a clause or a sentence, not "the 30th day after" nor "every day after";
      // nor a state held "since an hour before the quake": that dates its start, not a happening
      const lead = statement.slice(Math.max(0, m.index - 12), m.index);
      if (/\b(?:every|each|per|a|the|first|last|\d+(?:st|nd|rd|th)|since|until|till|from)\s+$/i.test(lead)) continue;
      const rest = statement.slice(m.index + m[0].length);
      const keys = happeningWords(rest);
      if (!keys.length) continue;
      const from = [...this.told].reverse().find((t) => namesHappening(t.words, keys, nameIn(rest)));
      if (!from) continue;
      const range = offset(m, from.range);
      if (!range) continue;
      const today = published.slice(0, 10);
      // a past told from a past happening stays before the day of writing, and only a plan lies ahead of it
      if (range.start > today && (from.range.end <= today || !AHEAD.test(statement))) continue;
      const capped = range.end > today && from.range.end <= today && range.granularity !== 'month' ? { ...range, end: today } : range;
      const stop = HAPPENING_END.exec(rest);
      const end = span.start + m.index + m[0].length + (stop ? stop.index : rest.length);
      // ("the night of the election – July 4 –": the happening's own date, set beside it, is the date)
      if (calendar.some((t) => t.start >= end && t.start <= end + 4)) return null;
      return { words: { start: span.start + m.index, end }, range: capped };
    }
    return null;
  }
}

/** A timex standing for the words of `told`, for the label to leave out and the event to show. */
export function toldTimex(text: string, told: ToldFrom): Timex {
  return { start: told.words.start, end: told.words.end, text: text.slice(told.words.start, told.words.end), type: 'DATE', value: told.range.start };
}
