// A figure counted from a day: "Since 2003 two soldiers have been killed", "has attended about
// one briefing a week since the election", "has not closed above 8,000 since February", "have
// won nine of 11 games since November", "shares are up 12% since March", "rents have doubled
// since 2019". "Since" dates the start of a stretch that runs up to the time of writing; a
// clause in the perfect or the present that counts something over that stretch reports a
// tally, a toll or a level, and nothing it says happened on the day itself. (A state held
// since a day, "She has led the union since 2019", is an event told in passing: background.ts.)
// Two more keep their event: the day named for what happened on it ("since 1968, when the mill
// closed": the "when" clause is the event) and a date that belongs to a noun after it ("since
// the March attack": the attack, nounEvent.ts).
// Must not know about labels, statuses or the publication day.
import type { Timex } from '../document';
import { firstVerbGroup, verbGroupBefore, type Span, type VerbGroup, type Word } from '../analysis';

const SINCE_BEFORE = /\bsince\s+(?:the\s+)?(?:(?:start|beginning|end|middle|spring|summer|autumn|fall|winter)\s+of\s+(?:the\s+)?)?$/i;
// "since April 2, when he hurt his knee", "since May 1, the day the talks broke down": the day is named for what happened on it
const WHEN_AFTER = /^\s*,?\s*(?:when|the (?:same )?day|the (?:same )?night)\b/i;
// the clause's verb: a perfect ("has been", "have risen", "hadn't closed") or a present
const PERFECT = /^(?:has|have|had|['’]ve|['’]d)(?:n['’]t)?\b|^(?:has|have|had)\s+(?:\w+ly\s+)?(?:not|never)\b/i;
// what a tally is made of: a figure, a share, a multiple, a count against another, a rate
const FIGURE = /\d|(?<!\b(?:the|these|those|both|its|their)\s)\b(?:one(?!\s+of\b)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens?|scores|hundreds|thousands|millions|billions|half|a third|a quarter|two-thirds|three-quarters|doubled|tripled|quadrupled|halved|(?:more|fewer|less)\b[^.;]{1,40}\bthan|per (?:day|week|month|year|game|match)|a (?:day|week|month|year|game|match)\b)\b/i;
/** Whether `words` count something: a figure, a share, a multiple, a count against another. */
export const holdsAFigure = (words: string) => FIGURE.test(words);

// words that may open a clause before a fronted "since" ("And since 2003, ...")
const OPENER = /^(?:and|but|so|yet|ever|even|only|just|\s)*$/i;

/** Where the clause holding `at` begins: after the last comma, semicolon, colon or dash. */
function clauseStart(text: string, statement: Span, at: number): number {
  const lead = text.slice(statement.start, at);
  const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'), lead.lastIndexOf('—'), lead.lastIndexOf('–'));
  return statement.start + cut + 1;
}

// The finite verb group of the clause: "has attended about one briefing a week since" is told
// in the perfect whatever "briefing" reads as.
const finite = (g: VerbGroup) => !['gerund', 'participle', 'infinitive'].includes(g.first.form ?? '');

interface SinceClause {
  from: number;
  sinceAt: number;
  fronted: boolean;
  group: VerbGroup | null;
}

/** The clause a "since" before `timex` opens, unless the day is named for what happened on it or
 * belongs to a noun after it. */
function sinceClause(text: string, statement: Span, timex: Timex, words: () => readonly Word[]): SinceClause | null {
  const lead = text.slice(Math.max(statement.start, timex.start - 60), timex.start);
  const since = SINCE_BEFORE.exec(lead);
  if (!since) return null;
  if (WHEN_AFTER.test(text.slice(timex.end, timex.end + 12))) return null;
  // (the words, which cost a tagging, are read only past the cheap look for "since")
  const next = words().find((w) => w.start >= timex.end && w.end > w.start);
  if (next && next.start < statement.end && !/[,;:.—–)(]/.test(text.slice(timex.end, next.start)) && ['noun', 'adjective'].includes(next.pos) && !next.date) return null;
  const sinceAt = timex.start - lead.length + since.index;
  const from = clauseStart(text, statement, sinceAt);
  const fronted = OPENER.test(text.slice(from, sinceAt));
  const group = fronted ? firstVerbGroup(words(), timex.end, statement.end) : verbGroupBefore(words(), from, sinceAt, finite) ?? verbGroupBefore(words(), statement.start, sinceAt, finite);
  return { from, sinceAt, fronted, group };
}

/** Whether the clause is told in the perfect or the present: what it says runs on to now. */
function runsToNow(text: string, c: SinceClause): boolean {
  // "which has more than doubled its holdings ... since 2012", "appear to have raised their
  // forecasts since March": a perfect with words between its auxiliary and its participle may
  // read as two groups, or as none the tagger calls finite
  if (!c.fronted && /\b(?:has|have|had|hasn['’]t|haven['’]t|hadn['’]t)\s+(?:[\w’'-]+\s+){0,3}?\w+(?:ed|en|wn|ne|un|ught)\b/i.test(text.slice(c.from, c.sinceAt))) return true;
  if (!c.group) return false;
  // "a squad that’s won 14 trophies": the contracted "has" reads as no word of its own
  const contracted = /['’](?:s|ve|d)\s*$/i.test(text.slice(Math.max(0, c.group.first.start - 4), c.group.first.start));
  return PERFECT.test(c.group.text) || contracted || (c.group.first.form === 'present' && c.group.first.pos !== 'modal');
}

/** Whether `timex` only starts the stretch a figure is counted over. */
export function countedSince(text: string, statement: Span, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  const c = sinceClause(text, statement, timex, wordsOf);
  return !!c && holdsAFigure(text.slice(c.from, statement.end).replace(text.slice(timex.start, timex.end), ' ')) && runsToNow(text, c);
}

/** Whether `timex` starts a state the clause says has held since ("has led the union since
 * 2019", "has been fighting the disease since 2004"): its band runs from that day to the day of
 * writing, as a reader pictures it. */
export function heldSince(text: string, statement: Span, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  const c = sinceClause(text, statement, timex, wordsOf);
  return !!c && runsToNow(text, c);
}
