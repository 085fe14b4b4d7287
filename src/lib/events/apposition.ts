// "A judge on the court between 2001 and 2006, Al-Araby joined the movement ...", "said William
// Quandt, a professor in Virginia and a staff member at the council in the 1970s": news says who
// a person or a thing was in a noun phrase set beside its name, and dates that phrase; the date is
// the phrase's, not the clause's, and its label says so as a sentence does ("Al-Araby was a judge
// on the court", "William Quandt was a staff member at the council"). Must not know about
// statuses or the publication day.
import type { Timex } from '../document';
import { makeLabel } from './label';
import type { Span } from './sentences';
import { readWords } from '../analysis/words';

const NAME = String.raw`(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*`;
// (a clause inside the phrase is a relative's, which other rules read: "the venue where GM made a
// splash a year ago"; a finite verb makes it no noun phrase)
const CLAUSE_WORD = /\b(?:who|whom|whose|which|that|where|when|while|because|is|are|was|were|has|have|had|will|would|said|says|told|he|she|they|we|I|it|you)\b/;
// the phrase after a name, up to its comma (or the sentence's end); a name opens on no preposition
// or date word ("In September, the council ...", "Last October, a jury ...")
const AFTER_NAME = new RegExp(String.raw`(?<![\p{L}’'.-])(?<!\p{Lu}[\p{L}’'.-]*\s)(?<!\b(?:[Ii]n|[Oo]n|[Aa]t|[Bb]y|[Ff]rom|[Ss]ince|[Uu]ntil|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Tt]o|[Ff]or|[Ww]ith)\s)(${NAME}),\s+((?:a|an|the)\s+[^,;:()“”"—–]{3,240}?)(?=\s*(?:[,;:()“”"—–]|$))`, 'gu');
// the phrase before a name that opens the sentence, and the name's verb after it
const BEFORE_NAME = new RegExp(String.raw`^((?:An?|The)\s+[^,;:()“”"—–]{3,140}?),\s+(${NAME})\s+(?=\p{Ll})`, 'u');
const notName = (name: string) => NOT_NAME.test(name) && !/^The\s+\p{Lu}/u.test(name);
// ("A few weeks ago, ...", "The next morning, ...", "A few days before the debate in August 2015,
// ...": a phrase of time opening the sentence says when, not who)
const TIME_PHRASE = /\b(?:few|ago|later|earlier|before|after|next|previous|following|since|until|morning|afternoon|evening|night|day|days|week|weeks|month|months|year|years|time)\b/i;
const NOT_NAME = /^(?:The|A|An|In|On|At|By|It|He|She|They|We|I|This|That|These|Those|But|And|Or|If|When|After|Before|While|Since|Until|Last|Next|Early|Late)\b/;

/** The label of a date inside a noun phrase set beside a name, or '' where there is none. */
export function appositionLabel(text: string, statement: Span, date: Timex, drop: Timex[]): string {
  // (the statement may end at the phrase's comma: the sentence it stands in is read)
  const stop = /[.!?](?=\s|$)|\n/.exec(text.slice(statement.start, statement.start + 400));
  const words = text.slice(statement.start, Math.max(statement.end, statement.start + (stop ? stop.index : Math.min(400, text.length - statement.start))));
  const at = date.start - statement.start;
  const fronted = BEFORE_NAME.exec(words);
  // (not a time told as a phrase, "A few weeks ago, ...", "The next morning, ...": the phrase says
  // who the name is, and the date stands inside it, after its head)
  if (fronted && at > 0 && at < fronted[1].length && !notName(fronted[2]) && !/['’]s$/.test(fronted[2]) && !TIME_PHRASE.test(fronted[1].slice(0, at))) return told(text, statement.start + fronted[0].indexOf(fronted[2], fronted[1].length), fronted[2], statement.start, statement.start + fronted[1].length, date, drop);
  // (and the name may stand before the statement's start, which its comma split off: "The
  // Bulgaria, | a two-deck boat built in 1955 ...")
  const back = text.slice(Math.max(0, statement.start - 80), statement.start);
  const open = Math.max(back.lastIndexOf('\n'), back.search(/[.!?]\s(?=[^.!?]*$)/)) + 1;
  const base = statement.start - back.length + open;
  const sentence = text.slice(base, statement.start) + words;
  for (const m of sentence.matchAll(AFTER_NAME)) {
    const from = base + m.index! + m[0].length - m[2].length;
    // (the name stands inside the sentence, after a lower-case word: "said William Quandt, a ...",
    // "the coffin of Emmett Till, the ..."; a capitalised word opening a sentence may be an adverb,
    // "Meanwhile, a series ...", or a fronted phrase's, "Beyond Des Moines, the ...")
    // (nor the last of a list, "Russia and China, the victors in 1945", whose phrase says who they
    // all were; nor an owner, "Egypt's")
    if (date.start < from || date.start >= from + m[2].length || notName(m[1]) || /['’]s$/.test(m[1]) || !/\p{Ll}[\p{L}’'-]*\s+$/u.test(sentence.slice(0, m.index!)) || /\b(?:and|or|nor)\s+$/.test(sentence.slice(0, m.index!))) continue;
    // (the name is the main clause's, after its verb: "said William Quandt, ...", "will display the
    // coffin of Emmett Till, ..."; a name in a fronted phrase, "Led by conductor Will Conway, the
    // group today features ...", is followed by the main clause, no phrase of its own)
    const lead = readWords(text, base, base + m.index!).filter((w) => w.end > w.start);
    if (!lead.some((w, k) => k > 0 && (w.pos === 'auxiliary' || w.pos === 'modal' || (w.pos === 'verb' && (w.form === 'past' || w.form === 'present'))))) continue;
    return told(text, base + m.index!, m[1], from, from + m[2].length, date, drop);
  }
  return '';
}

/** "NAME was PHRASE" without the date: the phrase's part that holds the date where it joins two
 *  ("a professor at Yale and a staff member at the council in the 1970s"), cut where a participle
 *  after the date starts another detail ("a boat built in 1955 | traveling from Kazan"). */
function told(text: string, nameAt: number, name: string, start: number, end: number, date: Timex, drop: Timex[]): string {
  let phrase = { start, end };
  const parts = [...text.slice(start, end).matchAll(/\s+and\s+(?=(?:a|an|the)\s)/g)];
  for (const p of parts) {
    const cut = start + p.index! + p[0].length;
    if (cut <= date.start) phrase = { start: cut, end };
    else if (phrase.end === end) phrase = { start: phrase.start, end: start + p.index! };
  }
  // (and where a relative clause after the date says more of the phrase's noun)
  const ing = /\s+(?:\p{Ll}+ing|who|which|that)\b/u.exec(text.slice(date.end, phrase.end));
  if (ing) phrase = { start: phrase.start, end: date.end + ing.index };
  const words = text.slice(phrase.start, phrase.end);
  // (a second part joined by "and of", "and in" is another noun's: "the scene of the protests and of
  // a crackdown nearly 30 years ago")
  if (/\s+and\s+(?:of|in|at|for|to|by|with|from|on)\s/.test(text.slice(phrase.start, date.start))) return '';
  // (a past with an object after it is a clause's verb, "a top official authorized the bank to
  // ...", not a participle, "outlawed by the president")
  const pastWithObject = readWords(text, phrase.start, phrase.end).filter((w) => w.end > w.start).some((w, k, ws) => w.pos === 'verb' && (w.form === 'past' || w.form === 'participle') && k > 0 && /^(?:determiner|pronoun|noun)$/.test(ws[k + 1]?.pos ?? '') && !ws[k + 1].date);
  if (pastWithObject || CLAUSE_WORD.test(words) || name.length < 3 || date.start < phrase.start || date.end > phrase.end) return '';
  // (a noun phrase has no finite verb of its own: "Oslo, the council meets ..." is a clause)
  if (readWords(text, phrase.start, phrase.end).some((w) => w.end > w.start && (w.pos === 'auxiliary' || w.pos === 'modal' || (w.pos === 'verb' && w.form === 'present')))) return '';
  // ("the 14-year-old savagely killed in Mississippi in 1955", "a two-deck boat built in 1955": a
  // participle after the phrase's noun is what was done to the name; the label says it of the name,
  // "Emmett Till was savagely killed in Mississippi", "The Bulgaria was built")
  const read = readWords(text, phrase.start, phrase.end).filter((w) => w.end > w.start);
  const done = read.findIndex((w, k) => k >= 2 && w.pos === 'verb' && (w.form === 'participle' || w.form === 'past') && /ed$|[^aeiou]t$|n$/.test(w.text) && read.slice(1, k).every((v, i) => /^(?:noun|adjective|number)$/.test(v.pos) || (i === k - 2 && v.pos === 'adverb')) && /^(?:a|an|the)$/i.test(read[0].text));
  if (done > 0 && read[done].start < date.start) phrase = { start: read[done - 1].pos === 'adverb' ? read[done - 1].start : read[done].start, end: phrase.end };
  const words2 = text.slice(phrase.start, phrase.end);
  const be = /^\s*since\b/i.test(text.slice(Math.max(phrase.start, date.start - 8), date.start).replace(/^.*\s(?=since)/i, '')) ? 'has been' : 'was';
  const lead = `${text.slice(nameAt, nameAt + name.length)} ${be} `;
  const joined = `${lead}${words2.charAt(0).toLowerCase()}${words2.slice(1)}`;
  const moved = drop.filter((d) => d.start >= phrase.start && d.end <= phrase.end).map((d) => ({ start: d.start - phrase.start + lead.length, end: d.end - phrase.start + lead.length }));
  return makeLabel(joined, { start: 0, end: joined.length }, moved);
}
