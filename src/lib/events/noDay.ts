// Date words that name no particular day, each as news uses it: a habit's clock ("delivered
// each morning at 5:15 a.m."), an indefinite day ("on a Sunday morning", where "a Friday clip" is one Friday), a thing of its day
// ("the day's biggest stories", "the issues of the day", "Tweet of the Day"), a speaker's idiom
// ("At the end of the day, ...", "won't happen overnight"), a year as the object of a feeling
// or as what ends ("I don't want 2016 to end", "I will remember 2016"), a day not waited for
// ("isn't waiting until the end of April to decide"). Must not know about
// labels, statuses or how timexes were found.
import type { Timex } from '../document';
import { verbGroupBefore, verbGroupOfDate, type VerbGroup, type Word } from '../analysis';
import { questionQuotedAfter } from './quotedQuestion';

const HABIT = /\b(?:each|every)\s+(?:morning|day|night|evening|afternoon|weekday|week|hour)\s+(?:at\s+)?$|\bdaily\s+at\s+$/i;
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
// "the day's biggest stories", "the issues of the day": the day is whichever the reader's is
const PART_OF_TIME = /^(?:end|start|beginning|middle|rest|part|half|course|most|close|dawn|morning|afternoon|evening|night)$/i;
const IDIOM_OPENING = /(?:^|[“"‘'(]|\n)\s*at\s+$/i;
const IDIOM_AFTER_LINK = /(?:[,;:—–]|--|\b(?:but|and|because|so|yet|that|though|although|while|cause))\s+at\s+$/i;
const CLAUSE_AFTER = /^\s*,|^\s+(?:I|you|he|she|we|they|it|this|that|these|those|there|what|who|nobody|no\s+one|everyone|everybody|people|the|a|an|his|her|our|their|its|my|your)\s/;
const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const INDEFINITE_LIST = new RegExp(String.raw`\bon\s+a\s+(?:${DAY}(?:\s*,\s*|\s+or\s+|\s+and\s+))+$`, 'i');
const EVERY = /\b(?:every|each)\s+(?:year\s+(?:on|in|at)\s+)?$/i;
const NEGATION = /\b(?:not|never|won['’]t|can['’]t|doesn['’]t|don['’]t|didn['’]t|isn['’]t|wasn['’]t)\b/i;
const FEELING_BEFORE = /\b(?:want|wanted|wants|remember|remembered|forget|forgot|miss|missed|love|loved|hate|hated)\s+$/i;
const ENDING_AFTER = /^\s+(?:to\s+end|will\s+(?:end|come\s+to\s+an\s+end|be\s+over)|ends|ended|comes\s+to\s+an\s+end|came\s+to\s+an\s+end|is\s+(?:ending|over)|draws\s+to\s+a\s+close)\b/i;

/** Whether `timex` names no particular day (see above). */
export function noParticularDay(text: string, statementStart: number, timex: Timex): boolean {
  const lead = text.slice(Math.max(statementStart, timex.start - 40), timex.start);
  const after = text.slice(timex.end, timex.end + 40);
  if (timex.type === 'TIME' && HABIT.test(lead)) return true;
  if (WEEKDAY.test(timex.text) && /\bon\s+a\s+$/i.test(lead)) return true;
  // "book on a Tuesday, Wednesday or Sunday": the indefinite day runs on through its list
  // (read past the statement's start: a list may be split into clauses at its commas)
  if (WEEKDAY.test(timex.text) && INDEFINITE_LIST.test(text.slice(Math.max(0, timex.start - 60), timex.start))) return true;
  // "declaring every 2 April Constitution Day", "each Easter", "every year in March": a date
  // without its year after "every" or "each" comes round every year, a custom's day, and dates
  // no happening of the story
  if (timex.type === 'DATE' && !/\d{4}/.test(timex.text) && EVERY.test(lead)) return true;
  if (/^the\s+day$/i.test(timex.text)) {
    if (/^['’]s\s+\p{L}/u.test(after)) return true;
    const of = /(\p{L}+)\s+of\s+$/u.exec(lead);
    if (of && !PART_OF_TIME.test(of[1])) return true;
  }
  // ("..., but at the end of the day what he sees will count", "-- at the end of the day the threat
  // may become a bargaining chip": the idiom opens its clause, after a conjunction or a dash too,
  // and a comma or a subject follows it straight away; "shares closed higher at the end of the
  // day" and "signed by the end of the day" tell a day's close, and keep it)
  if (/^the\s+end\s+of\s+the\s+day$/i.test(timex.text) && (IDIOM_OPENING.test(lead) || IDIOM_AFTER_LINK.test(lead)) && CLAUSE_AFTER.test(after)) return true;
  if (/^overnight$/i.test(timex.text) && /\b(?:happen|change|come|arrive|disappear|go away)\s+$/i.test(lead) && NEGATION.test(lead)) return true;
  if (/^\d{4}$/.test(timex.text) && (FEELING_BEFORE.test(lead) || ENDING_AFTER.test(after))) return true;
  // "Lyft isn't waiting until the end of April to decide": the day not waited for
  if (/(?:n['’]t|\bnot|\bnever)\s+(?:\w+\s+)?wait(?:ing|ed|s)?\s+(?:until|till|for)\s+$/i.test(lead)) return true;
  return false;
}

// "Got tips ... to power us through the week?", "Hope you squeezed in some leaf-peeping over the
// weekend": a date in a question, or in a clause whose subject is the reader, tells no news.
const ASKED = /^[^.!?]*\?/;

// ("Get ready for a wild 2017", "Brace yourself for a busy summer": the writer's aside to the
// reader about a whole period, not a happening in it)
const AUDIENCE_CALL = /^\W*(?:tune in|join us|watch (?:it )?live|listen live|don['’]t miss|catch (?:it|the show|us)|sign up|register now|follow (?:us|along) live|get ready for|brace (?:yourself|yourselves) for|buckle up for)\b/i;

const ADVICE = /(?:[.!?]\s+|\n\s*|[“"‘:]\s*)\W*(?:(?:always|never)\s+(?:try\s+to\s+)?|(?:try|make\s+sure|be\s+sure|remember)\s+to\s+)(?=[a-z]+\s[^“”".!?]*$)/i;

/** Whether `timex` sits in a question or a clause addressed to "you". */
export function askedOrAddressed(text: string, statementStart: number, statementEnd: number, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  if (ASKED.test(text.slice(timex.end, timex.end + 240)) && !questionQuotedAfter(text, timex)) return true;
  // "Whether I am picked in 2008 or not, I am comfortable": both ways are put, neither told
  if (/\bwhether\b[^,;.!?]{0,80}$/i.test(text.slice(Math.max(statementStart, timex.start - 90), timex.start)) && /^[^,;.!?]{0,40}\bor not\b/i.test(text.slice(timex.end, timex.end + 50))) return true;
  // "you" straight before the date's verb: "you squeezed in", "You can't just go" (the words,
  // which cost a tagging, only read when "you" is there at all)
  // "Start your free trial today!", "Order yours now": a command to the reader, an advert's
  if (/^\W*[A-Z][a-z]+\s+(?:your|yours|you)\b/.test(text.slice(statementStart, statementEnd)) && wordsOf().find((w) => w.end > w.start && w.start >= statementStart)?.form === 'infinitive') return true;
  // "Tune in this Sunday at 10 a.m.", "Join us Tuesday for a live chat": a broadcaster's or a
  // page's call to its audience names when to watch, not when anything happens in the news
  if (AUDIENCE_CALL.test(text.slice(statementStart, statementEnd))) return true;
  // "Always try to book on a Tuesday", "Never fly out at Easter", "Make sure to arrive in May":
  // advice put as a command to the reader (after a quote mark or a colon too: an expert quoted
  // in a service piece) names a time that suits every year, not a day anything happens on
  // (read back to the sentence's start: the command may be split from its date at a comma)
  const from = Math.max(0, timex.start - 160);
  const advice = ADVICE.exec(`${from === 0 ? '\n' : ''}${text.slice(from, timex.start)}`);
  // (its verb a bare infinitive: "Never again did prices fall in May" is no command)
  const verbAt = advice ? from + advice.index + advice[0].length - (from === 0 ? 1 : 0) : -1;
  if (advice && wordsOf().some((w) => w.start === verbAt && w.pos === 'verb' && w.form === 'infinitive')) return true;
  if (!/\byou\b/i.test(text.slice(statementStart, statementEnd))) return false;
  const words = wordsOf();
  const group = verbGroupOfDate(words, statementStart, timex.start, timex.end, statementEnd);
  if (!group) return false;
  const before = words.filter((w) => w.end > w.start && w.end <= group.first.start && w.start >= statementStart);
  return before.length > 0 && /^you$/i.test(before[before.length - 1].text);
}

// "Super-rotations are fun in the winter", "The ferries run less often in winter": a season in a
// clause in the simple present is the season of every year, a habit, not the coming one.
// ("this winter", "last summer" name one; "Crews are clearing the pass in the winter" is going
// on now, and "will reopen in the spring" is to come.)
const SEASON = /^(?:the\s+)?(?:winter|summer|spring|autumn|fall)$/i;
// ("they often work on the weekend", "usually shop at the weekend": the weekend of every week,
// when a word of habit says so; "the show opens at the weekend" is the coming one)
const WEEKEND = /^the\s+weekend$/i;
const WHOLE_PERIOD = /^the\s+(?:day|night)$/i;
const THROUGHOUT = /\b(?:throughout|all\s+through|through\s+the\s+course\s+of|over\s+the\s+course\s+of)\s+$/i;
const HABIT_WORD = /\b(?:often|usually|always|typically|normally|generally|sometimes|rarely|seldom|never|regularly|routinely|tend\s+to)\b/i;

/** Whether `timex` is a season every year's, in a present-tense habit or state. */
export function seasonalHabit(text: string, statementStart: number, statementEnd: number, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  // "tracks drivers' progress throughout the day", "the lights burn all through the night": a
  // whole day or night gone through in a present habit is every day's ("Crews worked throughout
  // the day" tells one, and keeps it)
  if (WHOLE_PERIOD.test(timex.text) && THROUGHOUT.test(text.slice(Math.max(statementStart, timex.start - 24), timex.start))) {
    const words = wordsOf();
    // (the clause's finite verb: "has mechanisms to track ... throughout the day" is told by "has")
    const group = verbGroupBefore(words.filter((w) => !/^to$/i.test(w.text) && !(w.form === 'infinitive' && /\bto\s+$/i.test(text.slice(Math.max(0, w.start - 4), w.start)))), statementStart, timex.start);
    return !!group && simplePresent(text, group);
  }
  const weekend = WEEKEND.test(timex.text) && /\b(?:on|at|over|during)\s+$/i.test(text.slice(Math.max(statementStart, timex.start - 8), timex.start)) && HABIT_WORD.test(text.slice(statementStart, statementEnd));
  if (!weekend && (!SEASON.test(timex.text) || !/\b(?:in|during)\s+$/i.test(text.slice(Math.max(statementStart, timex.start - 8), timex.start)))) return false;
  const group = verbGroupOfDate(wordsOf(), statementStart, timex.start, timex.end, statementEnd);
  return !!group && simplePresent(text, group);
}

/** Whether the verb group is a simple present that does not look ahead. */
function simplePresent(text: string, group: VerbGroup): boolean {
  // ("plans to close the pool in the winter", "is due to": a present that looks ahead)
  if (group.first.pos === 'modal' || /\b\w+ing\b|\bgoing\b|\bto\b|\bdue\b/i.test(group.text)) return false;
  // (a plural's present reads as a bare verb: "the ferries run")
  const bare = group.first.form === 'infinitive' && !/\bto\s+$/i.test(text.slice(Math.max(0, group.first.start - 4), group.first.start));
  return group.first.form === 'present' || bare;
}

// "the rainy season, which typically begins in May", "the shops usually close at 6 p.m.", "bills
// are normally paid at the end of the month": a date without a year in a clause that says what
// usually happens, in the simple present, is the date of every year, day or month, no happening
// of the story. ("usually" beside a past or a future, "was usually closed on Friday", "will
// normally open in May", tells one time, and stays.)
const YEARLESS = /^(?!.*\b\d{4}\b)/;

/** Whether `timex`, without a year, sits in a simple-present clause of habit. */
export function habitualDate(text: string, statementStart: number, statementEnd: number, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  if (!YEARLESS.test(timex.text) || timex.type === 'SET' || !HABIT_WORD.test(text.slice(statementStart, statementEnd))) return false;
  const group = verbGroupOfDate(wordsOf(), statementStart, timex.start, timex.end, statementEnd);
  // the habit word beside the date's own verb group: "typically begins", "is usually held"
  return !!group && HABIT_WORD.test(text.slice(Math.max(statementStart, group.first.start - 24), Math.min(statementEnd, group.end + 12))) && simplePresent(text, group);
}
