// Sentences that are page furniture, not news, whatever dates they hold: a stamp line and a
// byline with its stamp, a photo caption, a line of a list, a link to another story or a
// heading set between paragraphs, a line of code. Each is judged on the sentence as written,
// before any statement is read from it. Must not know about labels, statuses or comparisons.
import type { Timex } from '../document';
import { isVerbal, type Span, type Word } from '../analysis';
import { MONTH_WORD } from '../temporal/calendar';
import { EVENT_NOUN } from './nameYear';

// Words a page stamp is made of besides its dates: "December 6, 2016 — 6:22 PM EST",
// "Updated: Nov. 5, 2025 | 3:45 p.m. ET". A line with nothing else reports nothing.
const STAMP_WORDS = /\b(?:published|updated|posted|online|modified|first|last|edited|on|at|by|and|ago|(?:hour|minute|min|second|day)s?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|[AP]\.?M\.?|E[SD]T|[CP][SD]T|ET|PT|GMT|UTC|BST|CET|CEST|IST|AE[SD]T|NZ[SD]T|SAST|HKT|SGT|JST)\b/gi;

/** Whether the sentence is nothing but dates, times and stamp words. */
// "UPDATE: May 3, 2024, 9:10 a.m. Added the mayor's reply": an editor's note opens on the time
// of the change to the page, which dates the page, not the story. ("Correction 8/29/10 7:05 a.m.
// PDT: A previous version ..." writes it with no colon before the date.)
// A bracketed "(Update 4:05 p.m.) -- ..." stamps only its own words, the news follows.
// ("This story was updated on Saturday to include ...", "This article has been corrected
// Monday": the page's note on itself, told in a sentence)
const EDITOR_NOTE = /^\W*(?:update[ds]?|editor['’]s note|correction|clarification)\s*(?:[:—–-]\s*|\(\s*)$|^\s*(?:correction|clarification)\s+$|^\W*this\s+(?:story|article|report|post|piece|page)\s+(?:was|has\s+been|had\s+been)\s+(?:updated|corrected|amended|changed|edited|revised)\b[^.]*$/i;


export function isPageStamp(text: string, sentence: Span, timexes: Timex[]): boolean {
  const first = timexes.find((t) => t.start >= sentence.start);
  if (first && EDITOR_NOTE.test(text.slice(sentence.start, first.start))) return true;
  let rest = '';
  let at = sentence.start;
  for (const t of timexes) {
    if (t.start < at) continue;
    rest += text.slice(at, t.start) + ' ';
    at = t.end;
  }
  rest += text.slice(at, sentence.end);
  return !/\p{L}{2}/u.test(rest.replace(BYLINE_NAMES, ' ').replace(FILED_UNDER, ' ').replace(SOURCE_BAR, ' ').replace(STAMP_WORDS, ' '));
}

// The names a byline prints around its stamp: "By Subhash K. Jha, January 16, 2008 - 10:55 IST",
// "By JEFF KAROUB, AP Business Writer 47 minutes ago", "Jan 12, 2008 2:04 AM by Staff, The Examiner", "Posted by: Al Spade, Bradford on ...":
// a run of capitalised words after "by" (or any words up to "on" after "Posted by", or up to the
// dash a blog sets before its stamp: "Posted by jdoe88 - Tuesday, January 08, 2008 12:40 PM"),
// commas and all, is the writer and the outlet.
const BYLINE_NAMES = /\b[Pp]osted\s+by:?\s+[^|\n]{1,60}?\s+(?=on\b|[-–—]\s)|\b(?:[Bb]y|BY):?\s+(?:[\p{Lu}][\p{L}.'’&-]*(?:\s*,\s*|\s+|$)){1,8}/gu;
// "Posted in Sony, News, PSP by ...": the blog's sections
const FILED_UNDER = /\b(?:[Pp]osted|[Ff]iled)\s+(?:in|under):?\s+(?:[\p{Lu}][\p{L}.'’&-]*(?:\s*,\s*|\s+)){1,8}/gu;
// "Thomson Financial News | Wed, Jan 16 2008, 07:50 GMT": a wire list's source before its stamp
// (a magazine's section before a slash too: "Politics / January 11, 2024");
// "1/14/2008, 8:34 a.m. EST The Associated Press": the agency after it
const SOURCE_BAR = /^\s*(?:[\p{Lu}][\p{L}.'’&-]*\s*){1,4}[|/]\s*|\b(?:The\s+)?(?:Associated Press|Canadian Press|Press Association|Dow Jones|Reuters|AFP|AP|PA)\b/gu;

// A court story's closing citation, as wire services end them: "The case is Smith v. Jones, U.S.
// District Court, Southern District of New York, No. 09-1234." It names the case for the record
// (a date inside is part of its title), and reports nothing.
// (a US federal docket number may stand without "No.": "..., 2:10-cv-01229")
const CASE_CITATION = /^\W*The\s+cases?\s+(?:[^;\n]{0,90}?\s)?(?:is|are)\s+(?=[^\n]*?(?:\s(?:v\.?|vs\.?)\s|\bIn\s+re\s))(?=[^\n]*(?:\bNos?\.\s*[\d:]+|\b\d{1,2}:\d{2}\s*-\s*(?:cv|cr|mc|md|bk)\s*-\s*\d))/;

export function isCaseCitation(sentenceText: string): boolean {
  return CASE_CITATION.test(sentenceText);
}

// A gallery's caption set in the text, its day first: "May 18: Ships make their way through
// surface oil near a barge ...", "Apr. 21: An oil slick is seen as the rig burns". A line alone
// so; a run of such lines is a chronology, whose present tense tells what happened then.
const MONTH_DAY = String.raw`${MONTH_WORD}\s+\d{1,2}`;
const DATED_LINE = new RegExp(String.raw`^${MONTH_DAY}:\s+\p{Lu}`, 'u');
const CHRONOLOGY_LINE = new RegExp(String.raw`^${MONTH_DAY}\s*(?:-{1,2}|[—–])\s`);
// Whether `at` starts a line (the text's start, or just after a line break): what
// text.lastIndexOf('\n', at - 1) + 1 === at says, without searching back through a text that
// has no line break (asked of every sentence, that search made a 1 MB paste on one line quadratic).
const startsLine = (text: string, at: number) => (at > 0 ? text.charCodeAt(at - 1) === 10 : text.charCodeAt(0) !== 10);

function datedCaptionLine(text: string, sentence: Span, wordsOf: () => readonly Word[]): boolean {
  if (!startsLine(text, sentence.start) || !DATED_LINE.test(text.slice(sentence.start, sentence.start + 24))) return false;
  const lineStart = sentence.start;
  const lineEnd = text.indexOf('\n', sentence.start);
  const previous = text.slice(text.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1, Math.max(0, lineStart - 1)).trim();
  const next = lineEnd < 0 ? '' : text.slice(lineEnd + 1, text.indexOf('\n', lineEnd + 1) < 0 ? text.length : text.indexOf('\n', lineEnd + 1)).trim();
  if ([previous, next].some((line) => DATED_LINE.test(line) || CHRONOLOGY_LINE.test(line))) return false;
  return toldInPresent(text, sentence, wordsOf, false);
}

const BE_PRESENT = /^(?:is|are|am)$/i;
const SUBORDINATOR = /^(?:after|as|when|while|before|since|because|once|who|which|whose)$/i;

/** Whether the sentence's first verb is a present, as captions are written, with no modal; when
 *  `strict`, with no past either, and a bare verb after "to" is no present. (A plural subject's
 *  present reads as a bare verb: "Rebels prepare to fire a rocket ...".) */
function toldInPresent(text: string, sentence: Span, wordsOf: () => readonly Word[], strict = true): boolean {
  const words = wordsOf();
  // ("Gas prices are seen at a station ...": a caption's subject may open on a noun the tagger
  // reads as a bare verb, with a noun after it, as no clause opens)
  // (its verb comes right after the two: "Park rangers are seen ...")
  const nounOpening = words.length > 2 && words[0].pos === 'verb' && (!words[0].form || words[0].form === 'infinitive') && words[1].pos === 'noun' && isVerbal(words[2]);
  const verbs = words.filter((w, k) => isVerbal(w) && !(k === 0 && nounOpening));
  // (a present passive is a present: "Gas prices are seen at a station ...")
  const passive = (k: number) => k > 0 && BE_PRESENT.test(verbs[k - 1].text);
  // ("Fans wave scarves after their team won the cup, 3 May 2009": a caption's clause after
  // "after", "as", "who" tells what led to the picture, in the past; its own verb is present)
  const clauseAt = verbs.length ? (words.find((w) => w.start > verbs[0].start && SUBORDINATOR.test(w.text))?.start ?? Infinity) : Infinity;
  if (!verbs.length || verbs.some((w, k) => w.pos === 'modal' || (strict && w.form === 'past' && !passive(k) && w.start < clauseAt))) return false;
  // ("A man arriving from Honduras waits for a bus ...": a participle after the subject
  // describes it; the caption's verb is the one after)
  const first = verbs.find((w) => w.form !== 'gerund') ?? verbs[0];
  return first.form === 'present' || BE_PRESENT.test(first.text) || (first.form === 'infinitive' && (!strict || !/\bto\s+$/i.test(text.slice(Math.max(sentence.start, first.start - 4), first.start))));
}

// A photo caption: the sentence is followed on its line by the photographer's credit ("(Mike
// Cason/al.com)", "(AP Photo/Evan Vucci)", on the same line or the next), or is written in wire caption style, in the
// present tense and ending on the weekday and full date ("President X speaks ... in
// Washington, Monday, Oct. 17, 2022."). It dates a picture, not a reported fact.
const CREDIT_AFTER = /^\s*\((?:[^()\n]{1,60}\/[^()\n]{1,60}|(?:AP|AFP|Reuters|Getty|EPA|PA)\b[^()\n]{0,40}|[^()\n]{0,40}\b(?:photo|photograph|image)\b[^()\n]{0,40})\)/i;
// (Reuters writes it without the weekday: "A boy wears a mask inside a bus in Bogota May 4,
// 2009." — a place, then the date with no preposition of its own.)
// (and day first, as British and European agencies write it: "... in the parliament, 24 Nov 2007")
const CAPTION_DATE = /(?:,\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,|(?<!\b(?:on|by|until|till|in|since|from|before|after|of|to|and|or|through|during|as of)),?)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s+\d{4}\.?$/;

// A caption that says so: "Visitors look at a warplane ... in this undated photograph", "In
// this file photo, ...", "... in this March 3, 2006, file photo", "... in this Louisiana June 5,
// 2010 file photo" (the place may stand before the date, and the weekday: "in this Tuesday, Feb.
// 10, 2009 file photo").
// "Mr Reilly, shown at Monday's meeting, ...", "the minister, pictured in May, ...": the words of
// a picture's caption run into the text. "Al-Araby pictured at a meeting on May 15": a name and
// "pictured" with no "was" is a caption's formula; prose says "was pictured". (Case-sensitive:
// the name's capital counts.)
// (a court sketch and a montage are captioned so too: "... in this courtroom drawing made in
// Boston on Monday", "... are seen in this combined image", "in this artist's rendering")
const SAYS_CAPTION = /\b(?:in|on) this (?:(?:[A-Z][a-z]+,?\s+){0,2}[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4},?\s+)?(?:(?:undated|file|handout|aerial|combination|combined|composite|video|photo|picture|screen|image)\s+){0,2}(?:photo|photograph|picture|image|frame grab|still|screenshot|screen grab)\b|\b(?:in|on) this (?:(?:undated|file|handout)\s+)?(?:courtroom|court|artist['’]s)\s+(?:drawing|sketch|illustration|rendering)\b|,\s+(?:pictured|shown)\s+(?:here\s+)?(?:at|in|on|with|during|left|right|above|below)\b/i;
// "Picture taken March 16, 2011.", "EDITOR'S NOTE: PICTURE TAKEN ON GUIDED GOVERNMENT TOUR ...": a
// wire photo's own note of when it was taken, and the editor's note over it
const PICTURE_TAKEN = /\b(?:picture|photo|photograph|image)\s+taken\b|^\s*EDITOR['’]S\s+NOTE\b/i;
const NAME_PICTURED = /\b[A-Z][\w'’.-]+\s+pictured\s+(?:here\s+)?(?:at|in|on|with|during|left|right|above|below)\b/;

// A line in the present set just above a wire copy's dateline, ending on a date with its year
// ("Goran Hadzic attends a session in Okucani in April 1993." then "Wed Jul 20, 2011 9:21 am BST
// (Reuters) - ..."): a page prints the picture's caption over the copy, which opens with its
// dateline, and a caption gives the picture's date in full. (A story's last line before the next
// copy in a run of them ends on "in March" or on no date.)
const WIRE_DATELINE = /^[^\n]{0,120}?\((?:Reuters|AP|AFP|UPI|Bloomberg|Xinhua|dpa)\)\s*(?:--|[-—–])/;
const ENDS_ON_YEAR = /\b(?:1[89]|20)\d\d\W{0,3}$/;
function aboveWireDateline(text: string, sentence: Span, wordsOf: () => readonly Word[]): boolean {
  if (!startsLine(text, sentence.start) || !/^[ \t]*\n/.test(text.slice(sentence.end, sentence.end + 4))) return false;
  if (!ENDS_ON_YEAR.test(text.slice(sentence.start, sentence.end))) return false;
  const next = text.indexOf('\n', sentence.end) + 1;
  return WIRE_DATELINE.test(text.slice(next, next + 400).trimStart()) && toldInPresent(text, sentence, wordsOf);
}

// Who stands where in the picture: "Marta Solé, second left, and her coach, right, hold the
// trophy on Sunday". A caption places the people it names by the picture's left and right; a
// reporter's sentence does not. Told in the present, as captions are.
const PLACED_IN_PICTURE = /[\p{Lu}][\p{L}'’.-]+,\s+(?:(?:second|third|far|top|bottom|front|back)\s+)?(?:left|right|centre|center)\s*[,)]/u;

export function isCaption(text: string, sentence: Span, wordsOf: () => readonly Word[]): boolean {
  if (CREDIT_AFTER.test(text.slice(sentence.end, sentence.end + 130))) return true;
  if (aboveWireDateline(text, sentence, wordsOf)) return true;
  if (SAYS_CAPTION.test(text.slice(sentence.start, sentence.end)) || NAME_PICTURED.test(text.slice(sentence.start, sentence.end)) || PICTURE_TAKEN.test(text.slice(sentence.start, sentence.end))) return true;
  if (datedCaptionLine(text, sentence, wordsOf)) return true;
  if (PLACED_IN_PICTURE.test(text.slice(sentence.start, sentence.end)) && toldInPresent(text, sentence, wordsOf)) return true;
  return CAPTION_DATE.test(text.slice(sentence.start, sentence.end)) && toldInPresent(text, sentence, wordsOf);
}

// A line of a list: "Chris Sandle (Fr.) Dec. 10, 1984", "Mario Bennett (Jr.), Feb. 13, 1995" — a
// name and a date with no verb, as rosters, records and credits print them. It tells nothing
// happened; the list's heading says what the dates are.
// (a source list's entry too: "Globe and Mail, January 11, 2008.", "(5) Inside Obama’s Dream
// Machine, Newsweek, 5 January 2008": a title's small words, its commas and the list's number)
const LIST_ENTRY = /^\W*(?:\d{1,2}[).]\s+)?(?:[\p{Lu}][\p{L}.'’-]*(?:\s*,\s*|\s+)|(?:and|of|the|for|in|on|at|&)\s+){0,8}[\p{Lu}][\p{L}.'’-]*(?:\s*\([^()]{1,20}\))?[\s,:–-]*$/u;

// A notes list's citation of what the writer read: a note's number or "see", then the piece's
// title, its outlet and its day, one after another between commas, and several such in a row
// between semicolons: "(3) Harbour Dues Rise Again, The Coast Gazette, 12 May 2021; Ports in
// Trouble?, Shipping Weekly, 9 May 2021", "For the other side, see Why Ports Fail, Sea Review, 4
// June 2021". The day is the publication's, not a happening's: prose never closes a clause on a
// title, an outlet and a bare date.
const NOTE_MARK = String.raw`(?:[(\[]\d{1,3}[)\]]|\d{1,3}[.)])\s+`;
const SEE = String.raw`(?:[^,;\n]{0,40},\s+)?[Ss]ee(?:\s+also)?:?\s+`;
const OUTLET = String.raw`(?:[\p{Lu}][\p{L}.'’&-]*|of|the|and|&)(?:\s+(?:[\p{Lu}][\p{L}.'’&-]*|of|the|and|&)){0,5}`;
const PUBLISHED_DAY = String.raw`(?:\d{1,2}\s+${MONTH_WORD}\.?,?\s+\d{4}|${MONTH_WORD}\.?\s+\d{1,2},?\s+\d{4}|${MONTH_WORD}\.?,?\s+\d{4}|\d{4})`;
const CITED = String.raw`[\p{Lu}\d‘'"“][^;\n]{0,120}?,\s+${OUTLET},\s+${PUBLISHED_DAY}\W{0,2}`;
const CITATION = new RegExp(String.raw`^\W{0,2}(?:${NOTE_MARK}|${SEE})${CITED}(?:;\s+(?:${SEE})?${CITED})*$`, 'u');
function isCitation(sentenceText: string): boolean {
  const t = sentenceText.trim();
  return t.length <= 600 && CITATION.test(t);
}

// A fact box's field whose name is a date: "Release date: 14 March 2021 (cinemas)", "Opening
// dates: May 3, 2021". A record's value under its label, not a sentence: the box lists a film's
// or a book's particulars, and its day is told again in prose where it matters.
const DATE_FIELD = /^\W{0,2}(?:[\p{Lu}][\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4}\s+)?dates?\s*:\s*$|^\W{0,2}dates?\s+of\s+[\p{L}'’ -]{1,30}:\s*$/iu;
function isDateField(text: string, sentence: Span, first: Timex): boolean {
  const ownLine = (sentence.start === 0 || text[sentence.start - 1] === '\n') && (sentence.end >= text.length || text[sentence.end] === '\n');
  return ownLine && DATE_FIELD.test(text.slice(sentence.start, first.start)) && /^\s*(?:\([^()\n]{1,40}\))?\.?\s*$/.test(text.slice(first.end, sentence.end));
}

export function isListEntry(text: string, sentence: Span, timexes: Timex[], wordsOf: () => readonly Word[]): boolean {
  const first = timexes.find((t) => t.start >= sentence.start);
  if (first && (isDateField(text, sentence, first) || isCitation(text.slice(sentence.start, sentence.end)))) return true;
  if (!first || !LIST_ENTRY.test(text.slice(sentence.start, first.start))) return false;
  if (/\p{L}{2}/u.test(text.slice(first.end, sentence.end).replace(/\b(?:and|to|through)\b/g, ''))) return false;
  return !wordsOf().some(isVerbal);
}

// A line set apart with no sentence's end: a list's item, a table's row, a spec sheet's entry
// ("2034 & 2052 Blizzard Rustler 11, 188 cm (17/18-19/20)", "@VP on Twitter will be archived at
// @VP44"). Pages set enumerations so, one item a line; prose ends its sentences. Not the text's
// first line, which may be its headline.
export function isFragmentLine(text: string, sentence: Span): boolean {
  if (text[sentence.start - 1] !== '\n' || !text.slice(0, sentence.start).trim()) return false;
  if (sentence.end < text.length && text[sentence.end] !== '\n') return false;
  // (a sentence may close inside its quote or bracket: "... the match (AP).", "... he said.”";
  // and with the full stops of Chinese and Japanese: "...を発表した。")
  return !/[.!?:;…。！？．][”"’')\]」』）]*\s*$/.test(text.slice(sentence.start, sentence.end));
}

/** Whether a line's words tell of nothing happening: no verb and no word for a happening, as a
 *  table's row set apart (isFragmentLine) does; its numbers are measures, not years ("2013 & 2099
 *  Moment Wildcat, 184 cm"). (A capitalised word after another is a name's, whatever a tagger
 *  makes of it: "Alto Carve 98".) */
export function isVerbless(words: readonly Word[]): boolean {
  const capitalised = (w: Word | undefined) => !!w && /^\p{Lu}/u.test(w.text);
  const verb = (w: Word, k: number) => isVerbal(w) && !(capitalised(w) && capitalised(words[k - 1]));
  return !words.some((w, k) => verb(w, k) || EVENT_NOUN.test(w.text));
}

// A link to another story: "More: Huawei's next flagship to launch at MWC 2017", "For more,
// read: ...", "Nightcap: Recount begins in Wisconsin | Sign up". Pages set related headlines and
// newsletter prompts between paragraphs; what they announce belongs to the other story.
// A headline set between paragraphs, on its own line with no full stop: "2017 NFL Mock Draft
// 4.0: Where the teams ... should turn", "Blanket Coverage: Lessons new coaches can take".
const RAIL_HEADLINE = /^(?:[\p{Lu}\d][\p{L}\d.'’&-]*\s+){0,5}[\p{Lu}\d][\p{L}\d.'’&-]*:\s+\S[^\n]*[^.!?”"'’)\s]$/u;
// (and the page's own labels for them, "READ NEXT:", "Don't miss:", and its tag lists,
// "Published under: Joe Biden, 2024 Election", "Filed under: ...")
const RAIL_LEAD = /^\W*(?:more|read more|read next|up next|next up|related|see also|also read|read also|recommended|don['’]t miss|must read|trending|most read|for more,?\s*(?:read|see)|more from [\w ]{1,30}|(?:published|filed|posted)\s+(?:under|in)|tags|topics)\s*:/i;
// A video teaser set between paragraphs: its length, then its headline, "2:34 Russia launches
// attack on Kyiv". Minutes of a clip are one digit; a live blog's hour is written "09:15" or
// with its "a.m."
const CLIP_LEAD = /^[1-9]:[0-5]\d\s+(?![ap]\.?m\b)[\p{Lu}\d‘'"“]/u;
// On a line of its own: "Photo gallery: 2009 Hyundai Genesis", "Audio: 'Steelers Sunday'",
// "Running time: 1:50" — a link to a gallery or a clip, or its length, set between paragraphs.
// ("Listen: we will not give up," inside prose is a speaker's word.)
// ("Image caption, Protesters gathered ...", "Image source, Getty Images": a page's labels for
// readers who cannot see the picture, read out as prose)
const MEDIA_LEAD = /^\W*(?:(?:photos?|photo gallery|gallery|slideshow|video|audio|podcast|listen|watch|running time)\s*:|(?:image|photo|picture|video|media)\s+(?:caption|source|credit)\s*[,:])/i;
const RAIL_TAIL = /\|\s*(?:sign up|subscribe|watch|listen|read more)\W*$/i;
// A feed's entry run into the text: "Tunisian union wants inquiry updated: Sat Jan 15 2011
// 23:01:00 As clashes spread Tuesday, ...": another story's headline, its machine stamp to the
// second, and its teaser. Its dates are the other story's.
const FEED_ENTRY = /\b(?:updated|posted|published):?\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4},?\s+\d{1,2}:\d\d:\d\d\b/i;

// A section heading inside a feature, on its own line: "From Segregation to Today", "The Early
// Years". Title case, a few words, no full stop; a heading names a part of the page, it tells
// nothing that happened. (Not the text's first line, which may be its headline.)
const SMALL_WORD = /^(?:a|an|the|and|or|but|of|to|in|on|at|for|from|by|with|as|vs\.?)$/;
function isHeading(s: string): boolean {
  const words = s.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && !/[.!?:;,”"]$/.test(s) && words.every((w) => SMALL_WORD.test(w) || /^[\p{Lu}\d]/u.test(w)) && /^[\p{Lu}]/u.test(words[0]);
}

// A fact box's run of lines each led by a figure and a colon, "1997: Blair wins the general
// election for Labour", "43: The age he came to office", "Jan. 12, 2010: Quake strikes Haiti": a
// chronology or a "by numbers" box. A line led by a year or a date there tells what happened
// then, in a headline's present; it is no link to another story, however like a rail's headline
// it looks. (Only with a neighbour line led the same way: one such line alone is as likely a
// teaser.)
const DATED_LEAD = new RegExp(String.raw`^(?:(?:${MONTH_WORD}\s+\d{1,2},?\s+)?(?:1[6-9]|20)\d\d|\d{1,2}\s+${MONTH_WORD}\s+(?:1[6-9]|20)\d\d):\s+\S`);
const FIGURE_LEAD = /^(?:[£$€]?\d[\d,.]*(?:%|st|nd|rd|th|m|bn)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}):\s+\S/;
function inFactBox(text: string, sentence: Span, s: string): boolean {
  return DATED_LEAD.test(s) && (FIGURE_LEAD.test(lineBefore(text, sentence.start)) || FIGURE_LEAD.test(lineAfter(text, sentence.end)));
}

export function isRail(text: string, sentence: Span): boolean {
  const s = text.slice(sentence.start, sentence.end);
  const ownLine = (sentence.start === 0 || text[sentence.start - 1] === '\n') && (sentence.end >= text.length || text[sentence.end] === '\n');
  return RAIL_LEAD.test(s) || RAIL_TAIL.test(s) || FEED_ENTRY.test(s) || (ownLine && (MEDIA_LEAD.test(s) || CLIP_LEAD.test(s))) || (ownLine && s.split(/\s+/).length <= 16 && RAIL_HEADLINE.test(s) && !inFactBox(text, sentence, s)) || (ownLine && sentence.start > 0 && isHeading(s)) || (ownLine && inMenu(text, sentence)) || outletNoteAfterRule(text, sentence);
}

// The line before `at` and the line after it, blank lines skipped.
function lineBefore(text: string, at: number): string {
  const end = text.slice(0, at).trimEnd().length;
  return text.slice(text.lastIndexOf('\n', end - 1) + 1, end).trim();
}
function lineAfter(text: string, at: number): string {
  const rest = text.slice(at).replace(/^\s+/, '');
  const end = rest.indexOf('\n');
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}

// A site's menu run into the text, one link a line: "More articles", "Paid archives (1989- )",
// "Search databases", "Photos". A line of a few words between two more such lines, none closing
// a sentence and the two around it holding no number, is a link's name; a chronology's or a
// list's lines are longer, and dated each.
const MENU_WORDS = 5;
const isMenuLine = (line: string, ownDigits: boolean) =>
  !!line && line.split(/\s+/).length <= MENU_WORDS && !/[.!?:;,…]["'”’)]?$/.test(line) && (ownDigits || !/\d/.test(line));
function inMenu(text: string, sentence: Span): boolean {
  return isMenuLine(text.slice(sentence.start, sentence.end).trim(), true) && isMenuLine(lineBefore(text, sentence.start), false) && isMenuLine(lineAfter(text, sentence.end), false);
}

// After the story a page may set a rule ("--------------", "* * *") and then the outlet's own
// notes to its readers: "Mark your calendars! ... It's not too late to register", "Don't forget to
// check out our library", "... brought to you by Acme". A paragraph after such a closing rule that
// speaks to the reader outside any quote — "you", or an opening imperative — is a promotion, and its
// dates are the promoted event's (a sign-off's "On the Net:" or "Reporters contributed" speaks to
// no one and stays; the part after a closing rule is the shorter, a feature's "* * *" before a
// long chapter is no closing rule, and quotes are left out of the test).
const RULE_LINE = /\n[ \t]*(?:[-_=*~•][ \t]*){3,}\n/g;
const TO_THE_READER = /\byou(?:r|rs)?\b|^\W*(?:mark|don['’]t|do not|check out|register|sign up|subscribe|join|visit|click|follow|download|see|read|watch|listen)\b/i;
const QUOTED = /[“"][^“”"]*[”"]/g;
const AFTER_RULE_SHARE = 1;
let rules: { text: string; after: number } = { text: '', after: -1 };
/** Where the text after its last closing rule starts, -1 when it has none. (Kept for the last text
 * read: every sentence of one text asks.) */
function afterClosingRule(text: string): number {
  if (rules.text !== text) {
    let after = -1;
    for (const m of text.matchAll(RULE_LINE)) after = m.index + m[0].length;
    rules = { text, after: after >= 0 && text.length - after < AFTER_RULE_SHARE * after ? after : -1 };
  }
  return rules.after;
}
function outletNoteAfterRule(text: string, sentence: Span): boolean {
  const rule = afterClosingRule(text);
  if (rule < 0 || sentence.start < rule) return false;
  const start = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const end = text.indexOf('\n', sentence.end);
  return TO_THE_READER.test(text.slice(start, end < 0 ? text.length : end).replace(QUOTED, ' ').trim());
}

// A line of code or of a log quoted in a technical story: "10-25 17:12:11.001 24358 W dex2oat :
// /system/bin/dex2oat --runtime-arg -classpath ...". Its timestamps are the machine's, and it
// reports nothing a reader would put on a timeline. Told by its words: a good share of them are
// paths, options, assignments or calls, which prose does not write.
// (a web address is prose's: "Facebook.com/WhiteHouse"; a file path starts at a slash)
const CODE_WORD = /^(?:--?[a-z][\w-]*|\.{0,2}\/[\w./-]+|[\w.-]+=[\S]*|[\w.]+\([^)]*\);?|[{}<>;[\]]+|\$\w+|0x[\da-f]+)$/i;
export function isCodeOrLog(sentenceText: string): boolean {
  const words = sentenceText.split(/\s+/).filter(Boolean);
  if (words.length < 6) return false;
  return words.filter((w) => CODE_WORD.test(w)).length >= words.length * 0.3;
}
