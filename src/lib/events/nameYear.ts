// A year that names rather than dates: "its 2025 notes", "the 2016 Cowboys", "a 2014 Pew
// study", "those dynastic 1990s teams", "MWC 2017". News writes a year before a noun to say
// which notes, which team, which study; a reader does not take the team to have happened in
// 2016. An event noun at the head keeps its date ("the 2020 election", "Jerry's 1989
// purchase"), and so does a figure ("2020 revenue will exceed $5 billion": the year's revenue).
// Must not know about labels, statuses or how timexes were found.
import type { Timex } from '../document';
import type { Word } from '../analysis';
import { raceNamed } from './raceYear';
import { periodOwnsThing } from './periodOwned';
import { roleInHappening } from './roleInHappening';

const BARE_YEAR = /^(?:FY\s?)?'?\d{2,4}(?:\s*[-–/]\s*\d{2,4})?$/;
const DECADE = /^(?:\d{4}|['’]\d0)['’]?s$/;
export const EVENT_NOUN =
  /^(?:elections?|votes?|referendums?|referenda|primar(?:y|ies)|caucus(?:es)?|summits?|games|olympics|world|cup|finals?|championships?|tournaments?|races?|campaigns?|wars?|invasion|attacks?|crash(?:es)?|earthquakes?|floods?|hurricanes?|storms?|massacres?|shootings?|coup|uprising|revolution|strikes?|protests?|conferences?|conventions?|meetings?|visits?|tours?|launch(?:es)?|releases?|ipo|mergers?|deals?|agreements?|accords?|treat(?:y|ies)|season|draft|playoffs?|series|bowl|marathon|festival|census|budget talks|inauguration|purchases?|acquisitions?|takeovers?|buyouts?|sales?|openings?|closures?|shutdowns?|collapse|bankruptcy|recession|pandemic|outbreak|recalls?|hearings?|trials?|verdicts?|rulings?|decisions?|announcements?|debuts?|premieres?|trades?|signings?|transfers?|arrests?|settlements?|speech(?:es)?|interviews?|wins?|victory|defeat|upset|rally|march|killings?|bombings?|explosions?|fires?|disasters?|spills?|blasts?|leaks?|accidents?|raids?|demise|deaths?|assassination|resignations?|drops?|plunges?|rall(?:y|ies)|slides?|surges?)$/i;
// A figure for the year: "2020 revenue", "the 2023 deficit".
const FIGURE = /^(?:revenues?|sales|earnings|profits?|income|losses|spending|growth|output|production|deficits?|surplus|turnover|shipments|exports|imports|inflation|gdp)$/i;
// What may stand before the year: a determiner or a possessive ("its", "Jerry's"), a preposition
// "of", with up to two adjectives between ("those dynastic 1990s teams").
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|of)$/i;
const PREPOSITION = /^(?:in|on|at|by|for|to|from|into|over|during|across|through|throughout|within|since|until|after|before|around|past|like|near)$/i;

const DEGREE = /^(?:most|least|more|less|very)$/i;

/** The last noun of the noun run that starts at word `i` ("Arkansas basketball team" -> team). */
export function headNoun(words: readonly Word[], i: number): Word | null {
  let head: Word | null = null;
  // a name before the head counts as one word: "the 1988 George H.W. Bush campaign"
  let names = 0;
  for (let k = i; k < Math.min(words.length, i + 5 + names); k++) {
    if (words[k].proper && names < 4) names++;
    const w = words[k];
    // "his 2011 debut Solar Flare": a name after a common noun is its title in apposition
    if (head && !/^\p{Lu}/u.test(head.text) && /^\p{Lu}/u.test(w.text)) break;
    // "the 1988 George H.W. Bush campaign": a tagger may read an event noun after a name as a verb
    const nounAfterName = w.pos === 'verb' && k > i && words[k - 1].proper && EVENT_NOUN.test(w.text);
    // ("season" is a date word to the tagger and a happening at the head: "the 2022 football season")
    if ((w.pos === 'noun' || nounAfterName) && (!w.date || EVENT_NOUN.test(w.text))) head = w;
    // ("today's most common dropper": a degree word before the adjective is the run's too)
    else if ((w.pos !== 'adjective' && !DEGREE.test(w.text)) || head !== null) break;
    if (w.possessive) break;
  }
  return head;
}

// "2006 X Factor winner Leona Lewis", "the 2016 Republican nominee", "a 2008 Olympic champion":
// a year before a title says which title a person holds; it dates no event of the story.
const TITLE_AFTER = /^\s+(?:[\p{Lu}][\p{L}'’&.-]*\s+){0,4}(?:winner|runner-up|champion|nominee|finalist|laureate|medall?ist|contestant|draftee|draft pick|graduate|rookie of the year|MVP)s?\b/u;

// A period the year picks out: "the 2027 model year", "the 2025 school year", "its 2024 fiscal
// second half". The year dates what happens in it. (Read off the text: a word tagger takes
// "year" for a date word, not for the head of the noun run.)
const PERIOD_AFTER = /^\s+(?:[\p{Ll}-]+\s+){1,2}(?:years?|quarters?|half|halves|terms?|sessions?|semesters?)\b/u;

export function keepsItsDate(head: Word): boolean {
  return EVENT_NOUN.test(head.text) || FIGURE.test(head.text);
}

export function qualifiesName(text: string, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  // ("this year's budget": a period's possessive says which thing, periodOwned.ts)
  if (periodOwnsThing(text, timex, wordsOf)) return true;
  const decade = DECADE.test(timex.text);
  if (!BARE_YEAR.test(timex.text) && !decade) return false;
  // the tagger may give "2007-2009" as two years: the pair stands before the noun together
  const start = timex.start - (/\d{2,4}\s*[-–/]\s*$/.exec(text.slice(Math.max(0, timex.start - 8), timex.start))?.[0].length ?? 0);
  const end = timex.end + (/^\s*[-–/]\s*\d{2,4}\b/.exec(text.slice(timex.end, timex.end + 8))?.[0].length ?? 0);
  if (!decade && afterName(text, start, wordsOf)) return true;
  if (!decade && STATUTE_COMMA.test(text.slice(Math.max(0, start - 20), start))) return true;
  // "during the 1991-95 Croatian war", "the 2007-2009 financial crisis": a span of years before
  // its noun names a long happening by its years; what the sentence tells is dated elsewhere
  const span = /\d\s*[-–]\s*\d/.test(text.slice(start, end));
  if (TITLE_AFTER.test(text.slice(end, end + 60))) return true;
  // ("National's candidate in the 2020 election": a role named by a happening, roleInHappening.ts)
  if (!decade && roleInHappening(text, start)) return true;
  if (!decade && raceNamed(text, start, end)) return true;
  // "2000-era Donald", "a 1950s-style diner": the year is a style or a period's look
  if (/^-(?:era|style|vintage|themed|inspired)\b/i.test(text.slice(end, end + 10))) return true;
  if (!/^\s+\p{L}/u.test(text.slice(end, end + 3)) || PERIOD_AFTER.test(text.slice(end, end + 40))) return false;
  const words = wordsOf().filter((w) => w.end > w.start); // no hidden words ("2007-2009" -> to)
  if (!determinedBefore(text, words, start)) return false;
  // "coal mining grew during the 1970s oil crisis": the named period dates what went on in it
  if (!span && /\b(?:during|throughout)\s+(?:the|a|an)\s+(?:\p{L}+\s+){0,2}$/iu.test(text.slice(Math.max(0, start - 40), start))) return false;
  const i = words.findIndex((w) => w.start >= end);
  const head = i < 0 ? null : headNoun(words, i);
  return !!head && ((span && LONG_HAPPENING.test(head.text)) || !keepsItsDate(head) || (FIGURE.test(head.text) && ESTIMATED.test(text.slice(Math.max(0, start - 24), start))));
}

// "has estimated 2015 revenue of $25 million", "projected 2017 sales", "forecast 2024 earnings":
// an estimate's year says which year's figure is guessed, as "an estimate for 2015" does; the
// guess is told now, and the year's revenue is no happening (a figure told as reached, "2020
// revenue exceeded $5 billion", keeps its year)
const ESTIMATED = /\b(?:estimated|projected|forecast|forecasted|expected|anticipated|budgeted|targeted|guided)\s+$/i;

// (a season, a campaign or a series told by its years stays the happening: "the 2021-22 season")
const LONG_HAPPENING = /^(?:wars?|conflicts?|crisis|crises|recessions?|depression|occupation|insurgency|uprising|revolution|pandemic|epidemic|drought|famine|boom|bubble|meltdown|slump)$/i;

function determinedBefore(text: string, words: readonly Word[], start: number): boolean {
  if (/['’]s\s+$/.test(text.slice(Math.max(0, start - 4), start))) return true;
  let k = -1;
  while (k + 1 < words.length && words[k + 1].end <= start) k++;
  for (let adjectives = 0; k >= 0 && words[k].pos === 'adjective' && adjectives < 2; adjectives++) k--;
  // ("will report 2008 results", "released 2011 figures": a verb's object needs no determiner
  // before its year, which still says which results)
  // (a word tagger may read a preposition as a verb: "tankers sunk in 1942" dates the sinking)
  const object = k >= 0 && words[k].pos === 'verb' && !words[k].copula && !PREPOSITION.test(words[k].text) && /^[\s\p{L}-]*$/u.test(text.slice(words[k].end, start));
  return k >= 0 && (DETERMINER.test(words[k].text) || words[k].possessive || object || (words[k].pos === 'pronoun' && /^(?:its|his|her|their|our|my|your)$/i.test(words[k].text)));
}

// "MWC 2017", "Euro 2024", "Vision 2030": a year written after a name is part of the name.
// Months, weekdays and words that govern a date ("In 2017", "Since 2019") are not names. A
// show or a tournament one is "at" or "during" happens that year: "announced at CES 2016".
const NOT_A_NAME = /^(?:in|on|at|by|of|for|from|to|since|until|till|through|during|before|after|early|late|mid|the|and|or|but|than|fiscal|FY|year|class|summer|winter|spring|autumn|fall)$/i;
const AT_EVENT = /\b(?:at|during)\s+(?:the\s+)?$/i;
// "the Cyber Security Bill, 2023", "the Companies Act, 2013": statutes of India, South Africa,
// Kenya, Nigeria and the other Commonwealth parliaments carry their year after a comma, as part
// of the title; the bill's tabling or passing is dated by the words that tell it, not by the title.
const STATUTE_COMMA = /\b(?:Act|Bill|Ordinance|Code|Regulations|Rules|Amendment)\s*,\s*$/;

function afterName(text: string, start: number, wordsOf: () => readonly Word[]): boolean {
  const prev = /([A-Z][\w&.-]*)\s+$/.exec(text.slice(Math.max(0, start - 30), start));
  if (!prev || NOT_A_NAME.test(prev[1])) return false;
  const nameStart = start - prev[0].length;
  if (AT_EVENT.test(text.slice(Math.max(0, nameStart - 12), nameStart))) return false;
  const nameEnd = nameStart + prev[1].length;
  const word = wordsOf().find((w) => w.end > w.start && w.start < nameEnd && w.end >= nameEnd);
  return !!word && (word.proper || word.pos === 'noun') && !word.date;
}
