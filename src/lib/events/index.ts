// Events: article text + its timexes + publication day -> the timeline's events. One event per
// dated statement (clause), plus undated ones for firm projections ("will hold talks") and
// "soon". Must not know how timexes were found (tests feed handmade ones) nor read the clock.
import type { Timex, TimelineEvent } from '../document';
import { furnitureSpans } from '../ingest/furniture';
import { Anchors } from './anchors';
import { Happenings, TOLD_HINT, toldTimex } from './toldFrom';
import { type Mention, mentionsOf } from './mentions';
import { labelOf } from './statementLabel';
import { undatedEvent } from './undated';
import { reducedRelativeLabel } from './reducedRelative';
import { heldSince } from './countedSince';
import { analyseText, analysisOf, firstVerbGroup, type Span, type TextAnalysis, type VerbGroup, verbGroupBefore, type Word } from '../analysis';
import { sameDayStatus } from './sameDay';
import { withNamedActor } from './pronoun';
import { publisherLabel } from './firstPerson';
import { namedInClause, subordinateLabel } from './subordinate';
import { startArticleLabels } from './longLabel';
import { isTrailingSaying, statementsOf, type Statement } from './statements';
import { modalityOf, statusOf } from './status';
import { readCues } from './cues';
import { isCaption, isCaseCitation, isCodeOrLog, isFragmentLine, isListEntry, isPageStamp, isRail, isVerbless } from './pageLines';
import { fromSpeaking } from './quoteTime';
import { anchoredDays } from './anchoredDays';
import { countedSpan, stretchAhead } from './countedSpan';
import { placedByCount } from './countedFrom';
import { countAhead, vagueStretch } from './vagueStretch';
import { allPeriod } from './allPeriod';
import type { TimexRange } from '../temporal/range';
import { saidAtTheTime } from './atTheTime';
import { MOMENTS_LATER, stepLater } from './stepLater';
import { toldNear } from './toldNear';
import { placedEvent } from './placed';
import { toldInPassing } from './background';
import { isDay } from '../validate';
import { shiftDay } from '../temporal/calendar';
import { onItsSide, sideOf } from './publishedSide';
import { isDateline, isPrintNote, isReaderComment, withoutLiveEntryClocks } from './stamps';
import { isJudgment } from './judgment';
import { onlyGoneDays, withoutGoneDays } from './goneDays';

/** The sentences before a statement's: the one just before, and the two before that (nearest
 * first), read only when a label opens on a pronoun. */
interface Before {
  previous: () => readonly Word[] | null;
  earlier: () => readonly (readonly Word[])[];
}

// (only "the next"/"the following" with its article: "next week" alone is counted from the day of writing)
const SUBJECT_OF_FUTURE = /^\s+(?:would|will|could|might|may|should)\b/i;
// (one day, week or month on: "the next few weeks", "over the next month" are stretches counted from now)
const COUNTED_ON = /\b(?:later|afterwards?|after that)\b|^the\s+(?:next|following)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|day|morning|afternoon|evening|night|week|weekend|month|year|season)\b/i;
const STRETCH_FROM_NOW = /\b(?:over|in|within|during|for|through|throughout)\s+$/i;

function datedEvent(
  text: string,
  st: Statement,
  sentence: Span,
  { timex: t, range: stated, cues, cuesBefore }: Mention,
  published: string,
  drop: Timex[],
  key: string,
  before: Before,
  wordsOf: () => readonly Word[],
  governingGroup: (t: Timex) => VerbGroup | null,
): TimelineEvent | null {
  const publishedDay = published.slice(0, 10);
  // "has led the union since 2019": a state held since a day is a band from it to the day of writing
  const range = stated.end < publishedDay && heldSince(text, st.span, t, wordsOf) ? { ...stated, end: publishedDay } : stated;
  // "Twenty-one years later, the reporter went back": a length counted from a moment the story
  // told earlier, read from the day of writing, lands ahead of it while its verb is a plain past;
  // no reader puts that in the future, and where it belongs is not known. "The following Monday
  // evening, the host retweeted ...", "The next week, the team scrubbed the launch" count on from
  // a moment the story told in the same way.
  // ("said the next year would see changes": the date is the subject of a future reported, not a past's)
  if (range.start > publishedDay && COUNTED_ON.test(t.text) && pastGroup(governingGroup(t)) && !SUBJECT_OF_FUTURE.test(text.slice(t.end, t.end + 12)) && !(/^the\s/i.test(t.text) && STRETCH_FROM_NOW.test(text.slice(Math.max(0, t.start - 12), t.start)))) return null;
  // "when she started at Fox News in 2004": the date's own clause, its pronoun named from the
  // words before its conjunction
  const clause = subordinateLabel(text, st.span, t, drop, wordsOf);
  const own = (clause && namedInClause(text, clause, sentence.start, wordsOf, before.previous, before.earlier)) || named(text, labelOf(text, st, drop), st, sentence, wordsOf, before);
  const label = own && (reducedRelativeLabel(text, own, t, sentence.start) ?? own);
  if (!label || isJudgment(label, text.slice(st.span.start, st.span.end))) return null;
  const told = asideLabel(text, st, label, drop) ?? label;
  const sameDay = range.start === publishedDay && range.end === publishedDay ? sameDayStatus(t, published, governingGroup(t)) : null;
  // the verb group is read (a tagging) only for a period holding the day of writing
  const holdsToday = range.start < range.end && range.start <= publishedDay && range.end >= publishedDay;
  // "earlier this year" is behind the day of writing and "later this month" ahead of it, whatever
  // else the sentence says ("An energy crisis could expose ... - earlier this year, ...")
  const side = t.mod ?? sideOf(t.text);
  const status = sameDay ?? (toldOvernight(range, publishedDay, t, governingGroup(t)) ? 'past' : statusOf(range, publishedDay, cues, side, cuesBefore, holdsToday && toldAsDone(t, governingGroup(t))));
  const modality = modalityOf(status, cues);
  const days = onItsSide(range, publishedDay, status, t.text);
  return {
    id: `e-${sentence.start}-${key}`,
    label: told,
    status,
    ...(modality ? { modality } : {}),
    when: { timex: t.value, start: days.start, end: days.end, granularity: range.granularity, text: t.text, ...(t.mod ? { mod: t.mod } : {}) },
    source: { start: sentence.start, end: sentence.end },
    // context told in passing (a relative clause, a fronted participle, "since", "after ..."),
    // read in its statement and, for a relative clause after the subject, in the whole sentence
    ...(toldInPassing(text, st.span, t, wordsOf) || toldInPassing(text, sentence, t, wordsOf) ? { prominence: 'background' as const } : {}),
  };
}

// "This year the Treasury announced ...", "Over the past two months, I interviewed ...": a date
// that opens its clause dates the clause's verb, here a plain past with no word of a plan in its
// group ("was set to", "were expected to" look ahead from the past). A date after its verb may
// date the object instead: "left unchanged its forecast for growth this year".
const PREPOSITION_READ_AS_VERB = /^(?:over|during|across|through|throughout|within|since|until|after|before|around|past)$/i;
const pastGroup = (group: VerbGroup | null) => !!group && (group.first.form === 'past' || /^(?:was|were|had|did)$/i.test(group.first.text)) && !readCues(group.text).future;
const toldAsDone = (t: Timex, group: VerbGroup | null) => !!group && t.end <= group.first.start && pastGroup(group);

// "Gunmen stormed the hotel early Thursday" on a page dated Wednesday: a page keeps the day it was
// first filed while the story is updated through the night, so the news of the small hours after
// it is told as done. The day right after the page's, dated in the clause of a plain past, is past;
// further ahead a past verb does not outweigh the date ("said the vote would be held on Friday"
// has its own future in the group).
const toldOvernight = (range: { start: string; end: string }, publishedDay: string, t: Timex, group: VerbGroup | null) =>
  range.start === range.end && range.start === shiftDay(publishedDay, 1) && pastGroup(group);

// "WHO declared a pandemic -- a global epidemic -- this month", "resistance to Tamiflu, the main
// antiviral flu drug, officials said on Monday": a statement that opens on an aside (after a
// comma or a dash) and leaves only that noun phrase names no happening; the date tells when the
// clause the aside hangs on happened, and that clause is the label.
const ASIDE_BEFORE = /(?:,|\s(?:--|[—–]))\s*$/;
function asideLabel(text: string, st: Statement, label: string, drop: Timex[]): string | null {
  const prev = st.previous;
  // (the statement opens on the aside's own article: not "and the other members", "after a loss")
  const opening = /^\s*(the|an?)\s/i.exec(text.slice(st.span.start, st.span.start + 6));
  if (!prev || !opening || !ASIDE_BEFORE.test(text.slice(Math.max(prev.span.start, st.span.start - 4), st.span.start)) || !label.toLowerCase().startsWith(`${opening[1].toLowerCase()} `)) return null;
  // (analysed apart: analysisOf keeps one text, the article's, which the label must not displace)
  const own = analyseText(label);
  if (!isVerbless(own.sentences.flatMap((sentence) => own.wordsOf(sentence)))) return null;
  // (after a date, "release on Monday, the index ...", the words after the comma go on a list)
  if (prev.timexes.some((t) => /^\W*$/.test(text.slice(t.end, st.span.start)))) return null;
  const before = labelOf(text, prev, [...drop, ...prev.timexes]);
  // (the clause before must name its own subject: "They had bonded ..." would trade one fault for another)
  return before && before.split(' ').length >= 3 && !/^(?:He|She|It|They|We|I|You|His|Her|Its|Their|[A-Za-z]+ing)\b/.test(before) ? before : null;
}

/** The label with its opening pronoun named: by the clauses before the statement in its own
 * sentence first ("Batchelder seems to have fared well; she created an account"), else by the
 * sentence before. */
function named(text: string, label: string, st: Statement, sentence: Span, wordsOf: () => readonly Word[], before: Before): string {
  if (st.span.start > sentence.start) {
    const earlier = withNamedActor(text, label, () => wordsOf().filter((w) => w.end <= st.span.start), sentence.start);
    if (earlier !== label) return earlier;
  }
  // "While investigators have been focused on ..., they were also working ...": the label lost
  // a fronted clause of its own statement, where the pronoun's name stands
  const pronoun = /^(?:He|She|They|It|His|Her|Its|Their)\b/.exec(label)?.[0];
  const at = pronoun ? text.slice(st.span.start, st.span.end).indexOf(`, ${pronoun.toLowerCase()} `) : -1;
  if (at > 0) {
    const fronted = withNamedActor(text, label, () => wordsOf().filter((w) => w.start >= st.span.start && w.end <= st.span.start + at), sentence.start);
    if (fronted !== label) return fronted;
  }
  return withNamedActor(text, label, before.previous, sentence.start, before.earlier);
}

/** The dates a mention's label leaves out: its own first (the label's rules read it), then
 * the statement's other dates ("announced today an event to be held on October 12" is labelled
 * without either), so no label carries date words. */
function labelDrop(text: string, own: Timex, st: Statement): Timex[] {
  const calendar = st.timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && !t.value.endsWith('_REF'));
  const others = calendar.filter((t) => t.start >= own.end || t.end <= own.start).filter((t) => !tellsApart(text, own, t));
  // "six or seven years ago": the first count of the range borrows the date's unit and goes with it
  const count = st.timexes.find((t) => t.type === 'DURATION' && t.end <= own.start && /^\s*(?:or|to|-|–)\s*$/.test(text.slice(t.end, own.start)));
  return [own, ...others, ...(count ? [count] : [])];
}

// "two cuts, the first in June and the second in September": each date is what tells its
// event from the other, so the other date stays in the label.
const ELLIPTICAL = /\b(?:the|a)\s+(?:first|second|third|fourth|last|other|next|latest|final|former|latter)\b/i;
function tellsApart(text: string, a: Timex, b: Timex): boolean {
  return ELLIPTICAL.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start))) || ELLIPTICAL.test(text.slice(Math.max(0, Math.min(a.start, b.start) - 20), Math.min(a.start, b.start)));
}

// The rest of a dateline after its day: "(Reuters) - ", " /PRNewswire/ -- ", " — ".
const DATELINE_DASH = /^[^\n]{0,40}?(?:--|[—–]|\s-)\s+/;

const hungOnADate = (text: string, span: Span, timexes: readonly Timex[]): boolean =>
  /^\s*when\b/i.test(text.slice(span.start, span.start + 8)) && timexes.some((t) => t.end <= span.start && /^[\s,]*$/.test(text.slice(t.end, span.start)));

// A cheap first look: a sentence with no timex can only give an undated projection, and that
// needs one of these word stems; most sentences of a long article stop here.
const FUTURE_HINT = /will|would|[’']ll\b|shall|plan|intend|schedul|set to|slated|expect|likely|forecast|poised|prepar|going to|aim|vow|promise|due to|is to|are to|gearing up|getting ready/i;

function eventsOfSentence(text: string, sentence: Span, timexes: Timex[], published: string, anchors: Anchors, analysis: TextAnalysis, recent: readonly Span[], all: readonly Timex[], happenings: Happenings, lastTold: TimexRange | null): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  // the events dated by a saying's day after what was said ("..., the company said Tuesday")
  const sayings = new Set<TimelineEvent>();
  const wordsOf = () => analysis.wordsOf(sentence);
  const before: Before = { previous: () => (recent.length ? analysis.wordsOf(recent[0]) : null), earlier: () => recent.slice(1).map((s) => analysis.wordsOf(s)) };
  // a list's item, a table's row: set apart from the prose, with no sentence's end
  const fragment = isFragmentLine(text, sentence);
  if (timexes.length > 0 && (isPageStamp(text, sentence, timexes) || isCaption(text, sentence, wordsOf) || isListEntry(text, sentence, timexes, wordsOf) || (fragment && isVerbless(wordsOf())))) return out;
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (isRail(text, sentence) || isReaderComment(sentenceText) || isPrintNote(sentenceText) || isCodeOrLog(sentenceText) || isCaseCitation(sentenceText)) return out;
  if (timexes.length === 0 && !FUTURE_HINT.test(text.slice(sentence.start, sentence.end)) && !/\b(?:during|at|sidelines)\b/.test(text.slice(sentence.start, sentence.end)) && !TOLD_HINT.test(text.slice(sentence.start, sentence.end)) && !MOMENTS_LATER.test(sentenceText)) return out;
  const placed = placedByCount(text, sentence, timexes, published);
  // the placed clause and its count leave the main fact's label: "brought pumps to York"
  const placedWords: Timex[] = placed.map((p) => ({ start: p.words.start, end: p.clause.end, text: text.slice(p.words.start, p.clause.end), type: 'DATE', value: '' }));
  // a dateline's day is the copy's: it dates no clause and splits none ("LONDON, June 18 -
  // Unemployment fell a record provisional, seasonally-adjusted 64,300 in May" is one statement,
  // dated May), its words leave every label, and the copy starts after it (what a page ran in
  // before it, a headline or a summary's bullets, is told apart)
  const datelines = timexes.filter((t) => isDateline(text, t));
  const told = datelines.length ? timexes.filter((t) => !datelines.includes(t)) : timexes;
  const copyStart = datelines.length ? datelines[0].end + (DATELINE_DASH.exec(text.slice(datelines[0].end, sentence.end))?.[0].length ?? 0) : sentence.start;
  const statements = copyStart > sentence.start ? [...statementsOf(text, { start: sentence.start, end: datelines[0].start }, told), ...statementsOf(text, { start: copyStart, end: sentence.end }, told)] : statementsOf(text, sentence, told);
  for (const st of statements) {
    if (st.consumed) continue;
    const mentions = mentionsOf(text, st, wordsOf, (t) => countedSpan(text, t, published) ?? vagueStretch(text, t, published, sentence) ?? countAhead(text, t, published, sentence) ?? allPeriod(text, t, published, sentence, wordsOf));
    // The verb group a date belongs to: the one before it, else (a fronted date: "At 9:30 a.m.,
    // three bombs blew apart ...") the first one after it.
    // ("Over the past two months, I interviewed ...": a tagger may read the opening "Over" as a
    // verb; a preposition governs no date)
    const governingGroup = (t: Timex) => {
      const before = verbGroupBefore(wordsOf(), st.span.start, t.start);
      return (before && !PREPOSITION_READ_AS_VERB.test(before.text) ? before : null) ?? firstVerbGroup(wordsOf(), t.end, st.span.end);
    };
    const dated = mentions.length;
    // (the sentence's later dates too: a label may run on into the next clause, see labelOf)
    const later = timexes.filter((t) => t.start >= st.span.end);
    const drawnBefore = out.length;
    for (const said of mentions) {
      // a weekday whose own words give its anchor first (anchoredDays.ts), else a quote's day word
      // counted from its speaking
      const anchored = anchoredDays(text, said.timex, said.range, published);
      const range = anchored !== said.range ? anchored : fromSpeaking(text, said.timex, said.range, all, published);
      const m = range === said.range ? said : { ...said, range, timex: { ...said.timex, value: range.start } };
      anchors.register(text.slice(st.span.start, st.span.end), m);
      const e = datedEvent(text, st, sentence, m, published, [...labelDrop(text, m.timex, st), ...placedWords, ...later, ...datelines], `${m.timex.start}`, before, wordsOf, governingGroup);
      if (e) out.push(e);
      if (e && dated > 1 && isTrailingSaying(text, said.timex, st.span.start, st.span.end)) sayings.add(e);
    }
    const anchor = dated === 0 ? anchors.find(text.slice(st.span.start, st.span.end)) : null;
    if (anchor) {
      const e = datedEvent(text, st, sentence, { ...anchor, cues: st.cues, cuesBefore: () => st.cues }, published, datelines, `a${st.span.start}`, before, wordsOf, governingGroup);
      if (e) out.push(e);
      continue;
    }
    // "Nat Friedman said at the time that ...": a saying told then takes the date of the last
    // happening the sentences just before told (atTheTime.ts)
    const then = dated === 0 && lastTold && timexes.length === 0 ? saidAtTheTime(text, st.span) : null;
    const thenTimex: Timex | null = then && lastTold && { start: then.start, end: then.end, text: text.slice(then.start, then.end), type: 'DATE', value: lastTold.start };
    const thenEvent = thenTimex && lastTold && datedEvent(text, st, sentence, { timex: thenTimex, range: lastTold, cues: st.cues, cuesBefore: () => st.cues }, published, [...datelines, thenTimex], `t${st.span.start}`, before, wordsOf, governingGroup);
    if (thenEvent) {
      out.push(thenEvent);
      continue;
    }
    // "Hours later, he led investigators ...": a step counted on from the happening just told (stepLater.ts)
    const step = dated === 0 && lastTold ? stepLater(text, st.span, st.timexes, lastTold, published) : null;
    const stepEvent = step && datedEvent(text, st, sentence, { ...step, cues: st.cues, cuesBefore: () => st.cues }, published, [...datelines, step.timex], `l${st.span.start}`, before, wordsOf, governingGroup);
    if (stepEvent) {
      out.push(stepEvent);
      continue;
    }
    // "three days after the suit was filed": dated from a happening told before (toldFrom.ts)
    const from = dated === 0 ? happenings.find(text, st.span, published, timexes) : null;
    const told = from && toldTimex(text, from);
    const fromEvent = from && told && datedEvent(text, st, sentence, { timex: told, range: from.range, cues: st.cues, cuesBefore: () => st.cues }, published, [...datelines, told], `f${st.span.start}`, before, wordsOf, governingGroup);
    if (fromEvent) {
      out.push(fromEvent);
      continue;
    }
    // (a list's item is no projection of its own: the prose around the list tells what it is)
    // ("plans to sign up on Friday, when it will report results": a "when" clause hung on a date
    // tells what else happens that day; it is no projection without a date)
    // ("Ford will pay $57 million, an official said Friday": a day gone dates the aside or the saying, goneDays.ts)
    const gone = dated > 0 && out.length > drawnBefore && onlyGoneDays(out) ? withoutGoneDays(text, sentence, timexes, st, published) : null;
    if ((dated === 0 || gone) && !fragment && !hungOnADate(text, st.span, timexes)) {
      const future = (gone?.st ?? st).timexes.find((t) => t.value === 'FUTURE_REF');
      const e = undatedEvent(text, gone?.st ?? st, sentence, future, wordsOf, gone ? [...datelines, ...gone.drop] : datelines);
      const label = e && named(text, e.label, st, sentence, wordsOf, before);
      if (e && label && !isJudgment(label, text.slice(st.span.start, st.span.end))) {
        // ("will name a successor in the coming weeks": a projection over a stretch ahead is drawn as its band)
        const band = future ? stretchAhead(text, future, published) : null;
        out.push({ ...e, label, ...(band ? { when: { ...e.when, start: band.start, end: band.end, granularity: band.granularity } } : {}) });
      }
    }
  }
  for (const p of placed) {
    const e = placedEvent(text, sentence, p, published);
    if (e) out.push(e);
  }
  // "Earlier this week, for example, Trump sent ... with a December 7 tweet": a period cut off
  // with a few words of no news of their own ("For example") only frames the finer date after it
  const inside = (o: TimelineEvent, e: TimelineEvent) => o !== e && !!o.when.start && !!e.when.start && o.when.start >= e.when.start && o.when.end! <= e.when.end! && (o.when.start !== e.when.start || o.when.end !== e.when.end);
  // "opened its doors just last week for the 2010 season", "the day before Thanksgiving in
  // 2011": one happening told with a period and a finer date inside it gives one event, on the
  // finer date, not the same label twice
  // ("It will close this month, the board announced Wednesday": the saying's day is another
  // happening's, however alike the labels)
  return out.filter((e) => !out.some((o) => inside(o, e) && !sayings.has(o) && (e.label.split(' ').length <= 3 || o.label === e.label)));
}


function byDate(a: TimelineEvent, b: TimelineEvent): number {
  const [x, y] = [a.when.start, b.when.start];
  if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
  if (a.source.start !== b.source.start) return a.source.start - b.source.start;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The events of `text`, sorted by first day, then position; undated ones last. */
/** `publisher`: the newsroom that publishes the article, when known; a page's own "we" is it. */
export function buildEvents(text: string, timexes: Timex[], published: string, analysis: TextAnalysis = analysisOf(text), publisher: string | null = null): TimelineEvent[] {
  startArticleLabels(analysis);
  const furniture = furnitureSpans(text);
  const sorted = [...withoutLiveEntryClocks(text, timexes)].sort((a, b) => a.start - b.start);
  const events: TimelineEvent[] = [];
  let k = 0;
  const anchors = new Anchors();
  const happenings = new Happenings();
  let f = 0; // furniture spans are sorted, like sentences: one sweep serves both
  // the last three sentences, nearest first: where an opening pronoun's name is looked for
  let recent: Span[] = [];
  // the last dated event of the last three sentences, and how many sentences back it was told
  // ("said at the time", atTheTime.ts)
  let lastTold: { range: TimexRange; back: number } | null = null;
  for (const sentence of analysis.sentences) {
    while (f < furniture.length && furniture[f].end <= sentence.start) f++;
    const inFurniture = f < furniture.length && furniture[f].start < sentence.end;
    while (k < sorted.length && sorted[k].start < sentence.start) k++;
    let j = k;
    while (j < sorted.length && sorted[j].start < sentence.end) j++;
    const found: TimelineEvent[] = inFurniture ? [] : eventsOfSentence(text, sentence, sorted.slice(k, j), published, anchors, analysis, recent, sorted, happenings, lastTold && lastTold.back <= 3 ? lastTold.range : null);
    for (const e of found) if (e.when.start && e.when.end) happenings.register(toldNear(text, e.source, e.when.text, e.label), { start: e.when.start, end: e.when.end, granularity: e.when.granularity ?? 'day' });
    const dated: TimelineEvent | undefined = found.filter((e) => e.when.start && e.when.end).sort((a, b) => a.source.start - b.source.start).pop();
    if (dated) lastTold = { range: { start: dated.when.start!, end: dated.when.end!, granularity: dated.when.granularity ?? 'day' }, back: 1 };
    else if (lastTold) lastTold = { range: lastTold.range, back: lastTold.back + 1 };
    events.push(...found);
    k = j;
    recent = [sentence, ...recent.slice(0, 2)];
  }
  return events.filter(onTheCalendar).map((e) => withPublisher(text, e, publisher)).sort(byDate);
}

function withPublisher(text: string, e: TimelineEvent, publisher: string | null): TimelineEvent {
  const label = publisherLabel(text, e.label, e.source.start, publisher);
  return label ? { ...e, label } : e;
}

/** A date counted past the calendar's first day ("the last 1999 weeks" from a year-1 dateline,
 *  as a fuzzer writes) has no day to draw on: its event is dropped, never drawn on an
 *  impossible date that no reader of the document would accept. */
function onTheCalendar(e: TimelineEvent): boolean {
  return e.when.start === null || (isDay(e.when.start) && isDay(e.when.end));
}

