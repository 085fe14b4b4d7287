// Dates that qualify a word rather than date an event: a greeting ("Merry Christmas"), a prefix
// ("its pre-war borders", "post-2008 rules"), a decade that characterises a noun ("the fashions
// of the 1970s"), a noun's span ("the boom since 2012"), a figure's reading time ("1,204 cases as
// of May 2 at 6 pm"), a year said to be itself ("because 2020 is 2020"). A reader takes none of
// them for something that happened then. Must not know about labels or statuses.
import type { Timex } from '../document';
import type { Span, Word } from '../analysis';
import { EVENT_NOUN, headNoun, keepsItsDate } from './nameYear';
import { inCapitals, insideName, slotTime } from './nameWord';
import { inWireHeadline } from './wireHeadline';
import { askedOrAddressed, habitualDate, noParticularDay, seasonalHabit } from './noDay';
import { holdsAFigure } from './countedSince';
import { streakCount } from './streakCount';
import { daySlogan } from './daySlogan';
import { boundedStretch } from './boundedStretch';
import { isVerbal } from '../analysis';

// ("Merry Christmas", and a wish's year: "we wish you a happy and healthy 2017")
const GREETING = /\b(?:Happy|Merry|Blessed)\s+$/;
const WISH = /\bwish(?:es|ed)?\b[^.;!?]{0,60}?\b(?:an?\s+)?(?:happy|merry|healthy|prosperous|peaceful|joyful|safe)(?:(?:\s+and|,)\s+(?:happy|merry|healthy|prosperous|peaceful|joyful|safe))*\s+(?:new\s+year\s+(?:in\s+)?)?$/i;
const PREFIX = /\b(?:pre|post)-\s*$/i;
// ("the 80s" is written without its apostrophe as often as with; "the 70s and 80s" is one span)
const DECADE = /^(?:the\s+)?(?:mid-|early\s+|late\s+)?(?:\d{3}|['’]?\d)0s(?:\s+(?:and|or|to)\s+(?:the\s+)?(?:\d{3}|['’]?\d)0s)?$/i;
// (a decade before its noun may join its part with a hyphen: "the early-'80s tee")
const DECADE_BEFORE_NOUN = /^(?:the\s+)?(?:(?:early|late)[\s-]+)?(?:\d{3}|['’]?\d)0s(?:\s+(?:and|or|to)\s+(?:the\s+)?(?:\d{3}|['’]?\d)0s)?$/i;
const SEASON_NAMED_BY = /(?:\bnuclear|(?<=[\p{Ll},;:]\s+|[“"‘]|\bthe\s+)(?!(?:Last|This|Next|Early|Late|Mid|Every|Each|In|On|By|Since|Until)\b)\p{Lu}\p{Ll}+)\s+$/u;
// a season's name alone, without article or year (the rules below read it four ways)
const BARE_SEASON = /^(?:spring|summer|autumn|fall|winter)$/i;
// the prepositions and determiners that place a season in time ("in spring", "this winter", "a summer
// of"), a copula ("it will be autumn before the first doses are ready") and another season joined by
// "and" ("this autumn and winter"); after "of" the season is a part of one or the season in general,
// which the rule on "of" decides. A determiner with one word of description places it too ("a harsh
// winter", "the UK winter freeze").
const SEASON_PLACED_BY = /\b(?:(?:in|by|to|into|until|till|through|throughout|during|over|since|before|after|for|from|around|of|be|this|that|last|next|following|previous|coming|same|each|every|early|late|a|an|one|all|past)|(?:spring|summer|autumn|fall|winter)\s+(?:and|or|to))\s+$/i;
// ("spring" with a word of description is as often a source of water, "a hot spring", "a mineral
// spring", and keeps no date that way)
const SEASON_DESCRIBED = /\b(?:a|an|the|this|that|its|their|our|his|her)\s+[\p{Ll}-]+\s+$/u;
const STREET_AFTER = /^\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:Drive|Dr|Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Terrace|Circle|Pike|Trail)\b\.?/;
const CENTURY_PART = /\b(?:early|late|mid|middle|end|turn|start|beginning|dawn|close|half|first|last\s+(?:years|decades))\b|\d00s/i;
// "the end of the 1990s" dates; "the witch trials of the 1690s" only says which trials.
const OF_THE = /\b([a-z]+)\s+of\s+(?:the\s+)?$/;
const JOINED_DECADE = /\b([a-z]+)\s+of\s+(?:the\s+)?(?:\d{3}|['’]?\d)0s\s+(?:and|or|to)\s+(?:the\s+)?$/;
const PART_OF_TIME = /^(?:end|start|beginning|middle|rest|part|half|course|most|height|peak|summer|spring|fall|autumn|winter|turn|close|dawn)$/i;
const ENACTED = /\b(?:pass(?:ed|es)?|sign(?:ed|s)?|enact(?:ed|s)?|adopt(?:ed|s)?|approv(?:ed|es?)|ratif(?:ied|ies|y)|introduc(?:ed|es?)|draft(?:ed|s)?|repeal(?:ed|s)?|amend(?:ed|s)?)\s+(?:\S+\s+){0,6}?$/i;
// A figure read off a counter: "as on April 25, 2020 at 5:36 pm", "as of 6 p.m. Monday".
const READING = /\bas\s+(?:on|of|at)\s+$/i;
const CLOCK = /\d(?::\d\d)?\s*(?:[ap]\.?m\.?|hrs|IST|GMT|ET)\b|\d:\d\d/i;

// "there was no indication of what would unfold 11 hours later", "nobody knew what was to
// come that night": the happening is only foreshadowed, unnamed; the story tells it where it
// comes, with its own date.
const FORESHADOWED = /\bwhat\s+(?:would|will|was\s+to|were\s+to|is\s+to|might|could)\s+(?:happen|unfold|come|follow|transpire|occur)\s+(?:next\s+)?$/i;

// "children born after 1 January 1990", "homes built before 1978": a group picked out by a date
const COHORT = /\b(?:[a-z]{3,}s|children|people|men|women|anyone|everyone|those)\s+(?:\w+ly\s+)?(?:born|built|made|registered|issued|bought|purchased|sold|hired|manufactured|produced|constructed|installed|enrolled|approved|recruited|planted|licensed|imported)\s+(?:before|after|since|prior\s+to|from)\s+(?:the\s+)?$/i;
// "the sixth consecutive quarter", "the third month" (of a streak "in a row"), after the verb
// that says what something was
const ORDINAL_PERIOD = /^the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(straight\s+|consecutive\s+|successive\s+)?(?:day|week|month|quarter|year|season|session)$/i;
const STREAK_IS = /\b(?:marked|marks|mark|was|is|were|are|been|be|it['’]s|that['’]s)\s+(?:also\s+|now\s+|just\s+)?$/i;

/** Why `timex` only qualifies a word of the statement, or null when it may date an event. */
export function qualifiesWord(text: string, statement: Span, timex: Timex, wordsOf: () => readonly Word[]): 'name' | 'generic' | 'counter' | null {
  const lead = text.slice(Math.max(statement.start, timex.start - 40), timex.start);
  // "treaty rights dating to 1851", "a custom that dates back to 1900": a thing's origin
  // characterises it
  // ("a grudge dating back to 2011, when she criticised the vote": the "when" clause happened then)
  if (/\bdat(?:ing|es|ed)\s+(?:back\s+)?(?:to|from)\s+(?:the\s+)?$/i.test(lead) && !/^\s*,?\s*when\b/i.test(text.slice(timex.end, timex.end + 8))) return 'name';
  if (WISH.test(text.slice(Math.max(statement.start, timex.start - 90), timex.start))) return 'name';
  // "children born after 1 January 1990", "homes built before 1978", "cars registered since
  // 2006": a plural noun and a participle bounded by a date pick out a group of things; the
  // date is the group's line, not the time of a happening
  if (COHORT.test(lead)) return 'name';
  // "Back in the day, I could run like a gazelle": the idiom for long ago, no day
  if (/^the\s+day$/i.test(timex.text) && /\bback\s+in\s+$/i.test(lead) && !/^\s+(?:after|before|of|when)\b/i.test(text.slice(timex.end, timex.end + 8))) return 'generic';
  if (GREETING.test(lead) || PREFIX.test(lead) || insideName(text, statement, timex) || slotTime(text, timex) || (inCapitals(timex) && !inWireHeadline(text, timex))) return 'name';
  // "the most important poets of the 20th century", "a 21st-century energy agenda", "three
  // pandemics last century": a whole century is an era a thing or a state is set in; news dates
  // a happening by its year or decade. (A part of one, "annexed in the early 1900s", "found
  // around the turn of the 20th century", does date a happening of history, and stays.)
  if (/^\d{2}$/.test(timex.value) && !timex.mod && !CENTURY_PART.test(timex.text)) return 'generic';
  // "Home Missionary Baptist Church — 1922 Oakes Drive, Akron": a street number, not a year
  if (/^\d{3,5}$/.test(timex.text) && STREET_AFTER.test(text.slice(timex.end, timex.end + 50))) return 'name';
  // "the Arab spring is coming", "the Prague Spring", "warn of nuclear winter": a season named
  // by a people, a place or a bomb is an era or a metaphor, not the coming season
  if (BARE_SEASON.test(timex.text) && SEASON_NAMED_BY.test(text.slice(Math.max(statement.start, timex.start - 24), timex.start))) return 'name';
  // "the Spring Revolution", "the Summer Olympics", "the Winter Palace": a capitalised season
  // before a capitalised noun is a word of a name
  if (/^(?:the\s+)?(?:Spring|Summer|Autumn|Fall|Winter)$/.test(timex.text) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(timex.end, timex.end + 4))) return 'name';
  // "the fruits of summer", "the depths of winter", "a rite of spring": a bare season after a
  // noun's "of" is the season in general; news names a particular one with "this", "last", its
  // year or "the" ("the end of summer" is a part of one, and keeps its days)
  const seasonOf = BARE_SEASON.test(timex.text) ? /\b([a-z]+)\s+of\s+$/.exec(lead) : null;
  if (seasonOf && !PART_OF_TIME.test(seasonOf[1]) && !/^\s+(?:of\s+)?(?:\d{4}|['’]\d\d)\b/.test(text.slice(timex.end, timex.end + 10))) return 'generic';
  // "a large hot spring", "the so-called crypto winter", "because winter is the slowest season",
  // "but spring shows signs of hope", "memories of California, summer '80": a bare season that no
  // preposition or determiner places in time is the season as a thing, a metaphor or a habit. News
  // places the season it dates a happening in: "in spring", "by autumn", "this winter", "a summer
  // of protests", "the summer she turned 17".
  const seasonLead = text.slice(Math.max(statement.start, timex.start - 24), timex.start);
  if (BARE_SEASON.test(timex.text) && !SEASON_PLACED_BY.test(seasonLead) && (/^spring$/i.test(timex.text) || !SEASON_DESCRIBED.test(seasonLead))) return 'generic';
  if (noParticularDay(text, statement.start, timex) || askedOrAddressed(text, statement.start, statement.end, timex, wordsOf) || seasonalHabit(text, statement.start, statement.end, timex, wordsOf) || habitualDate(text, statement.start, statement.end, timex, wordsOf)) return 'generic';
  const of = OF_THE.exec(lead);
  if (DECADE.test(timex.text) && of && !PART_OF_TIME.test(of[1])) return 'name';
  // "the early '80s band", "a 1970s sitcom", "'90s fashion": a decade before its noun says what
  // kind of thing, as "the fashions of the 1970s" does
  if (DECADE_BEFORE_NOUN.test(timex.text) && decadeKind(text, timex, wordsOf)) return 'name';
  // the second of two decades joined: "the cars of the 70s and | 80s"
  const joined = JOINED_DECADE.exec(lead);
  if (DECADE.test(timex.text) && joined && !PART_OF_TIME.test(joined[1])) return 'name';
  if (READING.test(lead) && CLOCK.test(timex.text)) return 'counter';
  // "It marked the sixth consecutive quarter of growth", "That was the third month in a row":
  // a streak's length named as what something was, counted in periods, not the time of a
  // happening (a streak of a doing, "fell for a third straight day", is streakCount.ts's)
  const ordinal = ORDINAL_PERIOD.exec(timex.text);
  if (ordinal && STREAK_IS.test(lead) && (ordinal[1] || /^\s+(?:in\s+a\s+row|running)\b/i.test(text.slice(timex.end, timex.end + 12)))) return 'counter';
  if (streakCount(text, timex)) return 'counter';
  // "As of Monday, 45 people had been treated", "2,400 claims as of Friday": the day a count
  // is read ("As of January 1, the law applies" is no count and keeps its day)
  // ("As of this week, he has sat through just four briefings": a count in words is one too;
  // "As of May 1, there will be ..." is what starts then, no count)
  const rest = text.slice(statement.start, statement.end).replace(timex.text, '');
  if (/\bas\s+of\s+$/i.test(lead) && holdsAFigure(rest) && !/\b(?:will|shall)\b|['’]ll\b/i.test(rest)) return 'counter';
  if (FORESHADOWED.test(lead)) return 'generic';
  // ("widened the inquiry to the period after 2009": a stretch the sentence is about, boundedStretch.ts)
  if (boundedStretch(text, statement, timex)) return 'name';
  // ("Yesterday Tunisia, today Egypt": the near days set side by side in a chant, daySlogan.ts; read
  // over the whole sentence its words span, the statement being one member only)
  // (the words are read only where another near day stands within reach)
  if (/^(?:yesterday|today|tomorrow)$/i.test(timex.text) && /\b(?:yesterday|today|tomorrow)\b/i.test(`${text.slice(Math.max(0, timex.start - 160), timex.start)} ${text.slice(timex.end, timex.end + 160)}`)) {
    const words = wordsOf();
    const sentence = { start: Math.min(statement.start, words[0]?.start ?? statement.start), end: Math.max(statement.end, words[words.length - 1]?.end ?? statement.end) };
    if (daySlogan(text, sentence, timex, wordsOf)) return 'generic';
  }
  if (sameAgain(text, timex)) return 'generic';
  if (todaysThing(text, timex, wordsOf) || partOfDayNoun(text, timex, wordsOf) || presentEra(text, timex)) return 'generic';
  if (periodOfSomething(text, timex) || periodOfAReport(text, timex)) return 'name';
  if (habitualQuote(text, timex)) return 'generic';
  // "This week’s question: When did you last ...?", "Today’s picks:": a column's rubric
  // "Today: Everything that needs an answer now", "This Week: ...": a list's heading names a
  // rubric; a chronology's "April 2010: ..." names a date and keeps it
  const opens = !/\S/.test(text.slice(statement.start, timex.start));
  if (opens && /^['’]s\s+(?:\p{L}+\s+){0,2}\p{L}+:/u.test(text.slice(timex.end, timex.end + 30))) return 'name';
  if (opens && /^\s*:/.test(text.slice(timex.end, timex.end + 3)) && /^(?:today|tonight|tomorrow|yesterday|(?:this|next|last)\s+(?:week|weekend|month|year))$/i.test(timex.text)) return 'name';
  // "The Mets in 2017: ...", "Egypt in 2011: a timeline": a heading names a subject and its year
  if (/^\s*:/.test(text.slice(timex.end, timex.end + 3)) && /^\W*(?:The\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+){1,4}(?:in|of)\s+$/u.test(text.slice(statement.start, timex.start))) return 'name';
  // "the Class of 2017": a cohort named by its year; "the Oil Pollution Act of 1990", "the
  // Treaty of 1818": a law or a treaty named by the year it was made, whatever the sentence tells
  // of it now ("the Crash of 1929" names a happening, and keeps its year)
  if (/\b[Cc]lass\s+of\s+$/.test(lead)) return 'name';
  // ("Congress passed the Oil Pollution Act of 1990": its making is the happening, and keeps it)
  if (/^\d{4}$/.test(timex.text) && /\b(?:Act|Treaty|Accords?|Convention|Agreement|Protocol|Declaration|Charter|Amendments?|Compact|Pact|Code|Statute)\s+of\s+$/.test(lead) && !ENACTED.test(text.slice(Math.max(statement.start, timex.start - 90), timex.start))) return 'name';
  if (/\bsince\s+$/i.test(lead) && nounSince(wordsOf(), statement.start, timex.start)) return 'name';
  if (likenedTo(text, statement, timex) || termOfAList(text, statement, timex, wordsOf)) return 'name';
  if (holidayThing(text, timex, wordsOf) || weekdaySpanKind(text, timex, wordsOf)) return 'name';
  // "Post Labor Day, the race begins", "as we move past Christmas": the season after a holiday,
  // no day of it
  if (NAMED_DAY.test(timex.text) && /(?:^|[^\p{L}-])(?:post|(?:move|moves|moving|moved|get|gets|getting|got|are|is|we['’]re)\s+past)\s+$/iu.test(lead)) return 'generic';
  // "the political climate of 2016", "the mood of 1968": a year that says which climate or mood
  if (/^\d{4}$/.test(timex.text) && /\b(?:climate|mood|atmosphere|landscape|spirit|zeitgeist|culture|politics)\s+of\s+$/i.test(lead)) return 'name';
  // ("about Sept. 11 mastermind Khalid Ahmed": with no article, the people's noun is a title
  // before a name)
  if (/\d/.test(timex.text) && !/^\d{4}$/.test(timex.text) && (/\bthe\s+$/i.test(lead) ? PEOPLE_AFTER : TITLE_BEFORE_NAME).test(text.slice(timex.end, timex.end + 40))) return 'name';
  // ("money doled out to 9/11 victims", "heard from Oct. 7 survivors": with no article, a plural of
  // the people a day's happening names is their name too; after a preposition of time, "on March
  // 11 victims say", the day is when)
  if (/\d/.test(timex.text) && !/^\d{4}$/.test(timex.text) && !TIME_PREPOSITION.test(lead) && PEOPLE_NAMED.test(text.slice(timex.end, timex.end + 30))) return 'name';
  if (thingFrom(text, statement, timex, wordsOf)) return 'name';
  if (appositiveYear(text, statement, timex, wordsOf)) return 'name';
  if (PERIOD_WORD.test(timex.text) && FIGURES_AFTER.test(text.slice(timex.end, timex.end + 40)) && !PERIOD_PREPOSITION.test(lead)) return 'name';
  return null;
}

// "is expected to report second-quarter earnings", "will release third quarter corporate
// earnings", "the company's second-quarter results": a quarter or a half before the figures
// says which figures; what happens is their release, dated apart or not at all. ("lost 238,000
// subscribers in the second quarter" dates the loss; "a reading of fourth-quarter economic
// growth" is the growth of the quarter, a happening of it.)
const PERIOD_WORD = /\b(?:quarter|half|Q[1-4])$/i;
const FIGURES_AFTER = /^(?:\s+[A-Za-z]+)?\s+(?:earnings|results|profits?|sales\s+figures|figures|data|numbers|revenues?|accounts|reports?|statements?)\b/;
const PERIOD_PREPOSITION = /\b(?:in|during|for|of|over|through|throughout|since|until|by)\s+(?:the\s+|its\s+|their\s+)?$/i;

// The word after a decade is a noun of its own (lower case, no date, not a preposition).
// ("In the 1990s prices fell": after a preposition of time the decade is when, whatever follows)
function decadeKind(text: string, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  // (nor the second of a pair: "in the 1960s and '70s says")
  if (/(?:\b(?:in|during|since|by|until|till|through|throughout|from|before|after|over|into|and|or|to)|,)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, timex.start - 12), timex.start))) return false;
  const next = wordsOf().find((w) => w.end > w.start && w.start >= timex.end);
  const content = !!next && (next.pos === 'noun' || next.pos === 'adjective' || (next.pos === 'verb' && next.form !== 'past' && next.form !== 'gerund'));
  // ("post-punk's late-1970s heyday": a noun of time is the decade itself)
  return !!next && content && /^\s+$/.test(text.slice(timex.end, next.start)) && !next.date && /^\p{Ll}/u.test(next.text) && !keepsItsDate(next) && !/^(?:heyday|era|period|years|days|peak|height|prime|glory|times?|decade)$/i.test(next.text);
}

// "because 2016 is 2016": the year said to be itself characterises it; nothing happens then.
function sameAgain(text: string, timex: Timex): boolean {
  const before = /(\S+)\s+(?:is|was|will be)\s+$/.exec(text.slice(Math.max(0, timex.start - timex.text.length - 12), timex.start));
  if (before && before[1].toLowerCase() === timex.text.toLowerCase()) return true;
  const after = /^\s+(?:is|was|will be)\s+(\S+(?:\s+\S+)?)/.exec(text.slice(timex.end, timex.end + timex.text.length + 12));
  return !!after && after[1].replace(/[.,;:!?]+$/, '').toLowerCase().startsWith(timex.text.toLowerCase());
}

// "the Oct. 7 terrorists", "the Jan. 6 rioters", "the Sept. 11 mastermind", "March 11 victims": the people a day's happening names; the happening
// itself ("the Oct. 7 attack") is told where it is dated
const TITLE_BEFORE_NAME = /^\s+(?:[a-z-]+\s+)?(?:[a-z]+ists|attackers|hijackers|bombers|gunmen|plotters|defendants|suspects|killers|masterminds?|ringleaders?|victims?|survivors?)\s+\p{Lu}\p{Ll}/u;
const PEOPLE_NAMED = /^\s+(?:victims|survivors|hostages|families|widows|responders|rioters|defendants|hijackers|attackers|bombers|plotters)\b/;
const TIME_PREPOSITION = /\b(?:on|in|at|by|since|until|till|before|after|through|during)\s+$/i;
const PEOPLE_AFTER = /^\s+(?:[a-z-]+\s+)?(?:[a-z]+ists|attackers|hijackers|rioters|raiders|looters|bombers|gunmen|shooters|snipers|kidnappers|plotters|defendants|suspects|killers|insurrectionists|masterminds?|ringleaders?|victims|survivors|widows|responders)\b/;

// "the rescheduled game from February", "their seven questions from March", "a still from the
// 1957 film": a date after a noun's "from" says which game or which questions; nothing happens
// then in the sentence ("rose from March to May" is a run, "oil from Tuesday's explosion" the
// explosion's, "an improvement from 2008, when Ford lost" tells the "when")
const CHANGE_NOUN = /^(?:increase|decrease|drop|rise|decline|jump|fall|improvement|deterioration|change|shift|departure|gain|loss|recovery|rebound|slowdown|move|switch|transition|away|return|break|absence|retirement|leave)s?$/i;
function thingFrom(text: string, statement: Span, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  // (a day after "from" is when a state starts, "a month's leave from July 6", "takes effect from
  // today"; a game or a letter is from a month, a year or an age)
  // ("titles from 2015-19": a span of years is a run from one end to the other)
  if (!/^(?:\d{3,4}|\d{4}-\d\d|\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12]))$/.test(timex.value) || /\d\s*[-–/]\s*\d/.test(timex.text)) return false;
  if (!/\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(statement.start, timex.start - 12), timex.start))) return false;
  if (/^\s*(?:['’]s\b|,?\s*(?:when|to|until|till|through|thru|and|onwards?|on)\b|[-–—])/i.test(text.slice(timex.end, timex.end + 10))) return false;
  // ("would remove the offers from its stores from April": a plan's "from" is when it starts)
  if (/\b(?:will|would|shall|plans?\s+to|set\s+to|(?:is|are)\s+to)\b|['’]ll\b/i.test(text.slice(statement.start, timex.start))) return false;
  const words = wordsOf().filter((w) => w.end > w.start && w.start >= statement.start && w.end <= timex.start);
  const at = words.map((w) => w.text.toLowerCase()).lastIndexOf('from');
  const head = at > 0 ? words[at - 1] : null;
  return !!head && head.pos === 'noun' && !head.proper && !head.date && /^\p{Ll}/u.test(head.text) && !CHANGE_NOUN.test(head.text) && !keepsItsDate(head);
}

// "the economic recovery since 2009": "since" hangs on a noun phrase opened by a determiner with
// no verb in it; "prices have risen since 2009" hangs on a verb and dates a change, and so does
// "has been a regular in the lineup since May" (the perfect is what "since" measures).
const PERFECT = /^(?:has|have|had|hasn['’]t|haven['’]t|hadn['’]t|['’]ve|['’]d)$/i;
function nounSince(words: readonly Word[], from: number, at: number): boolean {
  const real = words.filter((w) => w.end > w.start && w.end <= at);
  if (real.some((w) => w.start >= from && PERFECT.test(w.text))) return false;
  const since = real.length - 1;
  if (since < 1 || !/^since$/i.test(real[since].text)) return false;
  const head = real[since - 1];
  if (head.pos !== 'noun' || head.proper) return false;
  for (let i = since - 2; i >= Math.max(0, since - 4); i--) {
    const w = real[i];
    if (w.pos === 'determiner' || w.possessive || w.pos === 'pronoun') return true;
    // ("cooperation between the two countries since 2013": a count stands in the noun phrase too)
    if (w.pos !== 'adjective' && w.pos !== 'noun' && w.pos !== 'number') return false;
  }
  return false;
}

// "Today's Cowboys brass", "today's teenagers": the present era's people or things, not a day;
// "today's vote" and "today's hearing" are happenings of the day and keep it.
function todaysThing(text: string, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  if (!/^today(?:['’]s)?$/i.test(timex.text)) return false;
  const end = /^['’]s/.test(text.slice(timex.end, timex.end + 2)) ? timex.end + 2 : timex.end;
  if (!/['’]s$/.test(text.slice(timex.start, end))) return false;
  const words = wordsOf().filter((w) => w.end > w.start);
  const i = words.findIndex((w) => w.start >= end);
  const head = i < 0 ? null : headNoun(words, i);
  return !!head && !keepsItsDate(head) && !/(?:ing|tion|sion|ment|al)$/i.test(head.text);
}

// "the households of today", "an indication of where we are today", "the city as we know it
// today": the present age a thing or a state is set in, not a day anything happens on.
// (the phrase may open its sentence: "But the radio signals used today ...")
const DESCRIBED_NOW = /(?:^|[,;:.!?]\s*|\b(?:of|in|on|with|than|for|and|or|that|like|but|yet)\s+)(?:the|these|those|a|an|most|many)\s+(?:(?!(?:made|makes|make|kept|keeps|left|put|puts|found|declared|rendered|has|have|had|is|are|was|were|be|been|being)\b)[\w’'-]+\s+){0,6}?(?:used|available|common|popular|sold|made|in\s+use|in\s+service)\s+$/i;
const FACING_NOW = /\b(?:problems?|challenges?|issues?|threats?|dangers?|risks?|questions?|difficulties|pressures?|obstacles?)\s+(?:(?:faced|confronted)\s+by|facing|confronting)\s+(?:[\w’'.-]+\s+){1,5}$/i;
function presentEra(text: string, timex: Timex): boolean {
  if (!/^(?:today|now)$/i.test(timex.text)) return false;
  const lead = text.slice(Math.max(0, timex.start - 50), timex.start);
  // ("of today's outbreak" is the day's, left to todaysThing)
  if (/\b[a-z]+\s+of\s+$/.test(lead) && !/^\s?['’]?s\b/.test(text.slice(timex.end, timex.end + 3))) return true;
  // "the radio signals used today to steer drones", "the drugs available today": a thing of the
  // present age, described by a participle or adjective of its state, with no verb in its phrase
  // (the noun phrase opens its clause or follows a preposition: "made the list available today" is
  // a doing, "the drug to be used today" a plan)
  if (DESCRIBED_NOW.test(text.slice(Math.max(0, timex.start - 80), timex.start)) && !/^['’]s\b/.test(text.slice(timex.end, timex.end + 2))) return true;
  // "every problem faced by the country today", "the threats facing farmers now": the trouble of
  // the present age; "a day like today": any such day
  if (FACING_NOW.test(lead) || /\b(?:a|one|on)\s+(?:day|night|time|moment|morning|afternoon|evening|occasion)\s+like\s+$/i.test(lead)) return true;
  const ends = /^\s*(?:[.,;:!?"”’)]|$)/.test(text.slice(timex.end, timex.end + 3));
  return (ends && /\b(?:where|what|how|who)\s+(?:[\w’']+\s+){1,3}(?:is|are|am|stands?)\s+$/i.test(lead)) || /\bas\s+(?:we|you|they)\s+know\s+(?:it|them)\s+$/i.test(lead);
}

// "into the late afternoon sunlight", "the evening news": a part of the day that describes the
// noun after it says what kind of light or news, on no particular day.
// So does a season: "in spring training", "a winter coat". And "ready to spring into action"
// is the verb.
const PART_OF_DAY = /^(?:(?:late|early|mid-?)\s*)?(?:morning|afternoon|evening|night|midday)$|^(?:spring|summer|fall|autumn|winter)$/i;
function partOfDayNoun(text: string, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  // ("The spring sunshine has passed us by": the article is the noun's)
  if (!PART_OF_DAY.test(timex.text.replace(/^the\s+/i, '')) || !/^\s+\p{Ll}/u.test(text.slice(timex.end, timex.end + 2))) return false;
  if (/^spring$/i.test(timex.text) && /\bto\s+$/i.test(text.slice(Math.max(0, timex.start - 4), timex.start)) && /^\s+(?:into|up|out|back|forward)\b/i.test(text.slice(timex.end, timex.end + 10))) return true;
  const next = wordsOf().find((w) => w.end > w.start && w.start >= timex.end);
  // a season's kind of thing may be a doing: "spring training", "winter driving"
  const doing = !!next && BARE_SEASON.test(timex.text) && next.form === 'gerund';
  return !!next && (next.pos === 'noun' || doing) && !next.date && !/^(?:of|on|in|at)$/i.test(next.text);
}

// "over the weekend of the film's opening", "over the course of the day": a bare period tied to
// a happening the sentence names (or to the story's own day) is that happening's, which the
// article has not dated; it is not the weekend or the day of writing.
// ("The summer of the spill is winding down": a season named by its happening, likewise)
const BARE_PERIOD = /^the\s+(?:day|night|morning|afternoon|evening|weekend|week|summer|winter|spring|autumn|fall)$/i;
function periodOfSomething(text: string, timex: Timex): boolean {
  if (!BARE_PERIOD.test(timex.text)) return false;
  return /^\s+of\s+(?!the\s+(?:year|month)\b)\S/i.test(text.slice(timex.end, timex.end + 12)) || /\bcourse\s+of\s+$/i.test(text.slice(Math.max(0, timex.start - 12), timex.start));
}

// "according to the company's second-quarter results", "ahead of full-year earnings": a period
// written as a compound adjective before a report says which report; the report comes out after
// the period ends, so the period dates neither the report nor what the sentence tells from it.
// ("profit fell in the second quarter" dates the fall and keeps it.)
const PERIOD_ADJECTIVE = /^(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)-(?:quarter|half)|(?:full|fiscal|half)-year)$/i;
const REPORT_AFTER = /^\s+(?:(?:earnings|results|financial|profit|sales|revenue|trading)\s+)?(?:results|earnings|reports?|figures|numbers|statements?|filings?|update)\b/i;
function periodOfAReport(text: string, timex: Timex): boolean {
  return PERIOD_ADJECTIVE.test(timex.text) && REPORT_AFTER.test(text.slice(timex.end, timex.end + 40));
}

// "he'd go, 'Stadium Steve today'", "Parcells would say, 'You're selling trucks today'": a
// quote told as what someone used to say speaks of any such day, not of the day of writing.
const NEAR_DAY = /^(?:today|tonight|this (?:morning|afternoon|evening))$/i;
const HABITUAL_SAYING = /\b(?:would|used to)\s+(?:\w+ly\s+)?(?:say|go|tell|ask|add|sigh|shout|joke|yell|remind)\b|\b\w+['’]d\s+(?:say|go|tell|ask|add|sigh|shout|joke|yell)\b/i;
function habitualQuote(text: string, timex: Timex): boolean {
  if (!NEAR_DAY.test(timex.text)) return false;
  const before = text.slice(text.lastIndexOf('\n', timex.start - 1) + 1, timex.start);
  const open = before.lastIndexOf('“') > before.lastIndexOf('”') || (before.match(/"/g)?.length ?? 0) % 2 === 1 || /[,:]\s*['‘’]\s*[^'‘’]*$/.test(before);
  return open && HABITUAL_SAYING.test(before);
}

// "The Red Sox are this year's Dodgers", "she has become 2016's Adele": a thing likened to a
// season's famous name; the date picks out which one, nothing happened then.
const LIKENED = /\b(?:is|are|was|were|becomes?|became|look(?:s|ed)? like|call(?:s|ed)? (?:it|them|him|her))\s+(?:\w+ly\s+)?$/i;
function likenedTo(text: string, statement: Span, timex: Timex): boolean {
  return /^['’]s\s+\p{Lu}/u.test(text.slice(timex.end, timex.end + 4)) && LIKENED.test(text.slice(Math.max(statement.start, timex.start - 30), timex.start));
}

// "Drew Pomeranz, under team control through 2018", "Lease: $4,000 a month until 2030": an
// entry of a list, with no verb, giving how long a term runs; nothing happens on its last day.
function termOfAList(text: string, statement: Span, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  if (!/\b(?:through|thru|until|till)\s+(?:the\s+end\s+of\s+)?$/i.test(text.slice(Math.max(statement.start, timex.start - 24), timex.start))) return false;
  const words = wordsOf().filter((w) => w.end > w.start && w.start >= statement.start && w.end <= statement.end);
  // (no words at all: a text past the analysis budget, which says nothing either way)
  // ("we're in recess until 2.30 pm": a contracted verb is no word of its own)
  if (/['’](?:re|m|ve|ll|d)\b|\b(?:is|are|was|were|am|be|been)\b/i.test(text.slice(statement.start, statement.end))) return false;
  return words.length > 0 && !words.some((w) => ['verb', 'auxiliary', 'modal'].includes(w.pos));
}

// "hiring enough Tuesday-Saturday drivers", "a Monday-Friday schedule": a span of weekdays joined
// by a hyphen before a noun says which kind of worker or week, a standing schedule, no days of the
// calendar ("open Tuesday-Saturday" after a verb, or "from Monday-Friday", keep their days)
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const WEEKDAY_ALONE = new RegExp(String.raw`^${WEEKDAY}$`, 'i');
const SPAN_AFTER = new RegExp(String.raw`^\s*[-–]\s*${WEEKDAY}`, 'i');
const SPAN_BEFORE = new RegExp(String.raw`${WEEKDAY}\s*[-–]\s*$`, 'i');
function weekdaySpanKind(text: string, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  if (!WEEKDAY_ALONE.test(timex.text)) return false;
  // the span's far end: the second weekday, told by the tagger as its own date or with the first
  const end = SPAN_BEFORE.test(text.slice(Math.max(0, timex.start - 14), timex.start)) ? timex.end : timex.end + (SPAN_AFTER.exec(text.slice(timex.end, timex.end + 14))?.[0].length ?? -Infinity);
  if (!Number.isFinite(end) || !/^ \p{Ll}/u.test(text.slice(end, end + 2))) return false;
  const next = wordsOf().find((w) => w.end > w.start && w.start >= end);
  return !!next && next.pos === 'noun' && !next.date;
}

// "a Christmas tree mug", "Halloween costumes", "Easter eggs": a holiday's name before a thing
// says what kind of thing; "Christmas dinner", "the Easter weekend", "Thanksgiving travel"
// (a happening or a period, nameYear's event nouns) keep the day.
const HOLIDAY = /^(?:Christmas|Easter|Halloween|Thanksgiving|Hanukkah|Valentine['’]s(?:\s+Day)?)$/i;
const HOLIDAY_TIME = /^(?:day|eve|weekend|week|morning|night|holidays?|season|period|break|vacation|recess|dinner|lunch|feast|party|parade|services?|mass|rush|travel|shopping|deadline|sales?|truce|ceasefire|message|address|broadcast|speech|weekend)$/i;
// "its first Holocaust Remembrance Day statement", "the Queen's 60th Christmas broadcast": an
// ordinal counts the occasions of a series, and the one meant is not the nearest.
const NAMED_DAY = /^(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$)(?:\p{Lu}[\p{L}’'.-]*\s+){0,4}(?:Day|Eve|Christmas|Easter|Halloween|Thanksgiving|Hanukkah|Passover|Ramadan|Eid|Diwali)$/u;
// ("last Christmas she dropped in" is the one just gone: "last" is no ordinal here)
const ORDINAL_BEFORE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+$/i;
function holidayThing(text: string, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  const counted = NAMED_DAY.test(timex.text) && ORDINAL_BEFORE.test(text.slice(Math.max(0, timex.start - 16), timex.start)) && /^\s+\p{Ll}/u.test(text.slice(timex.end, timex.end + 3));
  if (!counted && !HOLIDAY.test(timex.text)) return false;
  const next = wordsOf().find((w) => w.end > w.start && w.start >= timex.end);
  if (counted && next?.pos === 'noun') return true;
  if (!HOLIDAY.test(timex.text)) return false;
  if (!next || !/^\s+$/.test(text.slice(timex.end, next.start)) || next.pos !== 'noun' || next.date || !/^\p{Ll}/u.test(next.text)) return false;
  return !HOLIDAY_TIME.test(next.text) && !keepsItsDate(next);
}

// "New York, an Obama stronghold in 2008, is likely to lose two seats", "Texas, a solid
// Republican state in 2008 that is expected to gain four": a verbless apposition after a name
// describes what the name was in that year; the year says which description, and the sentence's
// news lies elsewhere. (An apposition with a verb, "Paris, a city he first visited in 2008", or
// with a happening at its head, "Athens, the host of the Olympics in 2004", tells something
// that happened then, and keeps its year.)
const APPOSITION = /,\s+((?:the|a|an)\s+(?:[\p{L}\p{N}’'-]+\s+){1,7}?)in\s+$/iu;
function appositiveYear(text: string, statement: Span, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  if (!/^\d{4}$/.test(timex.text)) return false;
  const lead = text.slice(Math.max(statement.start, timex.start - 90), timex.start);
  const m = APPOSITION.exec(lead);
  if (!m) return false;
  // the apposition follows a name and ends with its year (a comma, a dash, a relative clause)
  const comma = timex.start - (lead.length - m.index);
  if (!/\p{Lu}[\p{L}.’'-]*$/u.test(text.slice(Math.max(statement.start, comma - 30), comma))) return false;
  if (!/^\s*(?:[,;)—–]|\s(?:that|which|who)\b|$)/.test(text.slice(timex.end, timex.end + 8))) return false;
  const from = comma + 1;
  const words = wordsOf().filter((w) => w.end > w.start && w.start >= from && w.end <= timex.start);
  return words.length > 1 && words.every((w) => !isVerbal(w) && w.form !== 'gerund' && !EVENT_NOUN.test(w.text) && !w.date && !/^(?:of|for|after|before|during|since|until)$/i.test(w.text));
}
