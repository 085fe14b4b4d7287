// A projection told beside a day already gone: "Ford will pay $57 million for the plant, a
// Romanian official said Friday", "The government will also repay some of its debt, which stood
// at 51 billion at the end of 1986", "A nurse who treated the singer in 2009 will be allowed to
// testify". News dates the aside, the background or the saying by the day it names; a day that
// has passed cannot be the day of what is still to happen, so the clause's own future is an
// undated expectation beside the dated event. Must not know about labels: the undated path
// judges, as for any statement, whether the clause looks ahead and who acts.
import type { Timex, TimelineEvent } from '../document';
import type { Span } from './sentences';
import type { Statement } from './statements';
import { FIRST_FUTURE_CUE } from './undated';
import { withoutSpans } from './label';

/** Whether every dated event drawn from the sentence so far is past: a day ahead in it ("The
 *  meeting, scheduled for April 9, is expected to review ...") is the projection's own day, told in
 *  another clause. (A saying of the publication day, "senators said today", is past too.) */
export function onlyGoneDays(drawn: readonly TimelineEvent[]): boolean {
  return drawn.every((e) => e.when.start === null || e.status === 'past');
}

// A calendar value no later than the publication day ("2009", "2023-10", "said Monday" of a Monday
// story: the saying is past, and the future's own day is told apart below); other
// values (weeks, seasons) are judged by the events they gave. ("at the 2008 auto show" in a story
// of December 2007 names a show to come, though no event is drawn from a name.)
// (a time of day counts by its day)
const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?=T|$)/;
const gone = (t: Timex, day: string) => {
  const value = CALENDAR.exec(t.value)?.[0];
  // (a month or a year is gone only when it has ended: "will step down in May" of a May story is not)
  return !value || (value.length === 10 ? value <= day : value < day.slice(0, value.length));
};

// What was said, believed or hoped before the future ("Bulgaria's government said yesterday it would
// withdraw its troops", "In July, Google announced that it would test ...", "those hoping Trump will
// become ..."): the day dates the saying, and the saying is the news a reader draws on it; what was
// said is its content, told as reported speech (the undated path takes such plans only from a
// statement with no day of its own).
const SAID_BEFORE = /\b(?:said|says|say|told|tells|announced|announces|reported|reports|indicated|indicates|informed|informs|stated|states|confirmed|confirms|added|adds|revealed|disclosed|believes?|believed|thinks?|thought|hop(?:es?|ed|ing)|expects?|expected|predicted|warned|promised|pledged|pledging|vowed|argued|claimed)\b/i;
// a future in a relative clause ("a fund that will pay countries", "an initiative that aims to cure")
// describes its noun; the clause's own verb is another one
const IN_RELATIVE = /\b(?:that|which|who)\s+(?:\w+ly\s+)?$/i;
const SAID_AFTER = /\b(?:said|says|told|tells|announced|reported|added|stated)\b/i;
const RELATIVE_BEFORE = /\b(?:who|whom|whose|which|that|where)\b|\p{L}\s+\p{Ll}+ed\s/u;
// an aside set off by commas ("The new rules, agreed last year, will ban ...")
const ASIDE_OPENS = /,\s[^,]*$/;

/** The statement as the undated path reads it, when its own future is told outright ("will", "is
 *  to", "plans to"; not a past's "would", nor a future after a saying or inside a relative clause)
 *  and every date of the sentence (`told`) is gone: the statement's dates set aside (they date
 *  another clause), its "soon" kept; `drop`: what leaves the label with them. Null otherwise. */
export function withoutGoneDays(text: string, sentence: Span, told: readonly Timex[], st: Statement, published: string): { st: Statement; drop: Timex[] } | null {
  const written = text.slice(st.span.start, st.span.end);
  const cue = FIRST_FUTURE_CUE.exec(written);
  if (!cue || /^(?:would|was|were)\b/i.test(cue[0])) return null;
  const before = written.slice(0, cue.index);
  // ("Plans to deliver the module in early December were put on hold": a plan with no one before it is a noun)
  // (the saying may open the sentence in a statement of its own: "... and hope, after Monday's talks, that both will learn")
  if (!/\p{L}/u.test(before) || SAID_BEFORE.test(text.slice(sentence.start, st.span.start) + before) || IN_RELATIVE.test(before)) return null;
  // ("children under 16 years": a length dates nothing)
  const dates = st.timexes.filter((t) => !t.value.endsWith('_REF') && t.type !== 'DURATION');
  // (every day of the sentence: "Details of today's accord will be released after the signing on
  // Thursday" has its day ahead in a clause still to be read)
  if (!told.every((t) => gone(t, published))) return null;
  const cueAt = st.span.start + cue.index + cue[0].length;
  // ("..., the 14-year-old killed in Mississippi in 1955", "..., which stood at 51 billion at the end
  // of 1986", "..., an official said Friday": an aside after the future, set off by its comma, holds
  // the day and leaves the clause; the clause ends before it)
  const later = dates.filter((t) => t.start >= cueAt);
  const firstLater = later.length ? Math.min(...later.map((t) => t.start)) : -1;
  const aside = firstLater >= 0 ? lastAsideOpening(text.slice(cueAt, firstLater)) : null;
  // ("will visit the flooded towns on Tuesday morning": a day after the future with no clause of its
  // own between is the future's own day, however the date was read)
  if (firstLater >= 0 && !aside) return null;
  const end = aside ? cueAt + aside.index : st.span.end;
  // ("A man the paper will name only as Reda said in an interview that ... on Friday": a future inside
  // the subject of a saying, which the day dates)
  // (a trailing saying after a comma, ", the minister said", is the whole clause's)
  if (SAID_AFTER.test(text.slice(cueAt, firstLater >= 0 ? firstLater : st.span.end).split(/[,;]\s/)[0])) return null;
  // (an aside before the future leaves the label whole: "The new rules, agreed last year, will ban ...")
  const earlier = dates.filter((t) => t.start < cueAt).map((t) => asideAround(text, t, st.span.start, cueAt) ?? t);
  // ("The next day, the president will make clear ...": a day before the future that opens the clause
  // dates it; only a day inside a relative clause or an aside on the subject is another clause's)
  if (earlier.some((t) => t.value !== '' && !RELATIVE_BEFORE.test(text.slice(st.span.start, t.start)))) return null;
  const drop = earlier;
  const span = { start: st.span.start, end };
  const refs = st.timexes.filter((t) => t.value.endsWith('_REF') && t.end <= end);
  const cueText = end === st.span.end ? st.cueText : withoutSpans(text, span, refs.filter((t) => t.type !== 'DURATION'));
  return { st: { ...st, span, timexes: refs, cueText }, drop };
}

// where the clause holding a later day opens: its comma, bracket or dash, or a word that opens a
// time or reason clause ("is to negotiate a restructuring after missing repayments in recent months",
// "will take the device apart as they try to find why it failed after the blast on April 20")
const OPENS = /(?:[,;](?=\s)|[(—–]|\b(?:after|before|since|as|when|while|following|until|because)\b)/gi;
function lastAsideOpening(between: string): { index: number } | null {
  let last: { index: number } | null = null;
  for (const m of between.matchAll(OPENS)) last = { index: m.index };
  return last;
}

function asideAround(text: string, t: Timex, from: number, to: number): Timex | null {
  if (t.start >= to) return null;
  const opens = ASIDE_OPENS.exec(text.slice(from, t.start));
  const closes = text.slice(t.end, to).indexOf(',');
  if (!opens || closes < 0) return null;
  const start = from + opens.index;
  const end = t.end + closes + 1;
  return { start, end, text: text.slice(start, end), type: 'DATE', value: '' };
}
