// "today", "yesterday", "tomorrow", "tonight", "this morning", "last night", "earlier today":
// days named relative to publication. TimeML gives "today" the publication date itself, and a
// part of day a TIME value (2025-11-05TMO). Knows nothing of tense.
import type { Parser } from 'chrono-node';
import { addDays, formatDay } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { tenseAround } from '../tense';
import { ANCHOR_DAY, anchorShift } from './anaphoricDay';
import { NOT_AFTER_PUBLICATION, presentOrDay } from '../placeholders';
import { reportsFigures } from '../reportingPeriod';

const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI' };
const OFFSET: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0, this: 0, last: -1 };

// ("late last night": the article's night, with its part named)
// "mid afternoon", "late morning", "early evening" as a time of their own and "overnight" as an
// adverb ("stocks fell overnight", "the tanker sank overnight off the cape"): a part of the day
// the story is about (anchors.ts), the night before it for "overnight" in a report of what
// happened. Before a noun ("the overnight rate") or a rate ("lent overnight at 5%") it is no time,
// nor before "by", "through" or "into", where it is as often "suddenly" ("you don't make it new
// overnight by changing the rules") or a span's start ("overnight into Monday").
// Opening its sentence before the clause's subject ("Overnight the coastguard gave an update",
// "Overnight, rebels shelled the port") it is the adverb too ("Overnight rates rose" is the rate).
// (a match opens with one of these letters: tested first, V8 skips to them instead of running the
// lookbehinds at every position of the sentence; a speed device that changes no match)
const PATTERN =
  /(?=[eltymao])(?<![\w-])(?:(?:earlier|later)\s+|(?:late|early)\s+(?=last\s+night\b))?(?:(yesterday|today|tomorrow)(?:\s+(morning|afternoon|evening|night))?|(tonight)|(this)\s+(morning|afternoon|evening)|(last)\s+(night)|(?<=\bin\s+(?:early\s+|late\s+)?)(morning|afternoon)(?=\s+(?:trade|trading|deals|session))|(?:early|mid|late)[\s-]?(morning|afternoon|evening)(?!\s+(?:of|on)\b|\s+(?:trade|trading|deals|session|edition|show|news|flight|train|service|tea|nap|sun)\b)|(overnight)(?=\s*(?:[.,;:!?)"'\u2019\u201d]|$|\s+(?:and|but|as|after|before|in|on|to|from|when|while|amid|with|off|at(?!\s+[\d$\u00a3\u20ac])|near|across|outside|along|under|despite|following)\b)|(?<=(?:^|[.!?]["\u201d]?\s+|\n\s*)overnight)\s+(?:the|a|an|some|several|many|at\s+least|more\s+than|he|she|they|it|we|there|police|rebels|troops|forces|gunmen|militants|protesters|officials)\s)|mid[\s-]?(morning|afternoon)(?=\s+(?:trade|trading|deals|session))|the\s+(morning|afternoon|evening)(?<=\b[Ii]n\s+the\s+\w+)(?!\s+(?:of|on|before|after|hours|edition|session|paper|papers|news|show|shift|sun|sunshine|light|heat|air|rush|traffic|tea|nap|prayers?)\b))(?![\w-])/i;

const CLOCK_BEFORE = /(?:o['\u2019]clock|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|here)\s+in\s+$/i;
const HABIT = /\b(?:usually|often|always|normally|generally|typically|regularly|sometimes|every|each|daily|routinely|tends?\s+to|used\s+to)\b/i;

// "is trading higher today", "are meeting today": a progressive is an act of the day
const PROGRESSIVE = /\b(?:is|are|am|was|were|be|been)\s+(?:\w+\s+)?\w+ing\b/i;
// "has introduced", "have fallen": a present perfect reports an act done, on the day named
const PERFECT = /\b(?:has|have)\s+(?:(?:not|already|just|now|also|\w+ly)\s+)?(?:\w+ed|been|gone|done|seen|taken|given|begun|shown|grown|fallen|risen|won|lost|made|sold|left|cut|hit|said|told|held|led)\b/i;

// "the president says today", "the bank announces today": a present tense that reports an act,
// as wire copy and broadcast scripts write the day's news, dates the act to the day
const REPORTED_ACT = /\b(?:says|tells|reports|announces|confirms|denies|warns|admits|insists|unveils|launches|introduces|releases|names|signs|meets|votes|opens|closes|visits|arrives|leaves|returns|testifies|rules|orders|issues|files|asks|urges|calls|begins|starts|ends|marks|holds|takes\s+(?:office|over|effect|place))\b/i;

// what sets the present against other times, as "today" meaning "nowadays" does: a state that
// lasts or has changed ("still exists", "once again", "no longer", "very different", "than"), one
// that is ("there is", "remains", "survives"), what is generally done or seen ("used today",
// "we see"), or another era named beside it ("in the future", "the 1990s", "a century ago")
const ERA = /\b(?:still|even|no\s+longer|any\s?more|once\s+again|different|differs?|than|unlike|compared|there(?:['\u2019]s|\s+is|\s+are)|exists?|remains?|survives?|persists?|used|known|seen|we\s+see|the\s+(?:future|past)|centur(?:y|ies)|generations?|\d{1,3}0s)\b/i;

const COUNTERFACTUAL_STILL = /\bwould\s+(?:still|now)\s+be\b|\bwould\s+(?:have\s+)?(?:still\s+)?be(?:en)?\s+alive\b/i;

/**
 * Whether "today" at `index` of `sentence` stands in a clause that states how things are, set
 * against other times, rather than what happened or will ("the Pope is in Havana today" is the
 * day's news): a word of contrast or of a lasting state, a present or tenseless verb group, no
 * progressive, perfect or reported act, no figures reported (a market's "shares are up 3%
 * today" is the day's move), not "today's", whose noun may be the day's event, and not "Today"
 * as the subject of "is".
 */
function statesHowThingsAre(sentence: string, index: number): boolean {
  if (/^['\u2019]s\b/.test(sentence.slice(index + 5, index + 7))) return false;
  // "Today is a sad day", "“Today was historic”": the day itself as the subject
  if (/^\s+(?:is|was|has\s+been|will\s+be)\b/i.test(sentence.slice(index + 5, index + 18)) && /^[\s"\u201c\u2018'(]*$/.test(sentence.slice(0, index))) return false;
  // "if he had embraced Islam he would still be here today": a present set against what might
  // have been, the counterfactual's "would still be", is how things are now ("officials said the
  // road would still be closed today" is a forecast for the day: no "if" or "had")
  if (COUNTERFACTUAL_STILL.test(sentence) && /\b(?:if|had)\b/i.test(sentence)) return true;
  // the cheap tests first: reading the tense goes over the sentence word by word
  if (!ERA.test(sentence) || PROGRESSIVE.test(sentence) || PERFECT.test(sentence) || REPORTED_ACT.test(sentence) || reportsFigures(sentence)) return false;
  const tense = tenseAround(sentence, index, index + 5);
  return tense !== 'past' && tense !== 'future';
}

// "it's not going to happen overnight", "can't be resolved overnight", "nobody should expect any
// changes to come overnight": a change denied or doubted to come overnight is the idiom of
// suddenness, no night ("clashes happened overnight" is one: nothing denies it)
const NOT_OVERNIGHT = /\b(?:not|\w*n['\u2019]t|never|nobody|no\s+one|nothing|cannot)\s+(?:[\w'\u2019-]+\s+){0,8}(?:happen|change|changes|come|disappear|vanish|succeed|improve|recover|end|work|go\s+away|turn\s+around|be\s+(?:[a-z]*(?:done|won|built|made|paid|sold|taught|fought)|[a-z]+(?:ed|en)))\s+$/i;

// "BBC Radio 4's Today programme", "on NBC's Today show", "the Today program": a capital "Today"
// before the word for a broadcast is the show's name ("USA Today" and "the Today programme" are
// read before the pattern)
const SHOW_AFTER = /^\s+(?:programme|program|show)\b/;

const BORN_YESTERDAY = /\b(?:I|you|we)\s+(?:was|wasn['\u2019]t|were|weren['\u2019]t|am|['\u2019]m|is|isn['\u2019]t|are|aren['\u2019]t)\s+(?:(?:just|not|only)\s+)?born\s+$/i;

export const casualDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    // "Today" as a newspaper or show name ("USA Today", "the Today programme") is no date.
    if (/\b(?:USA|the)\s*$/.test(context.text.slice(Math.max(0, match.index! - 5), match.index)) && /^Today/.test(match[0])) return null;
    if (match[0] === 'Today' && SHOW_AFTER.test(context.text.slice(match.index! + 5, match.index! + 16))) return null;
    if (match[10] && NOT_OVERNIGHT.test(context.text.slice(Math.max(0, match.index! - 90), match.index))) return null;
    // "I wasn't born yesterday", "because I was just born yesterday": the idiom of not being
    // naive, said of oneself or one's reader, no day ("she was born yesterday in Leeds" is one)
    if (/^yesterday$/i.test(match[0]) && BORN_YESTERDAY.test(context.text.slice(Math.max(0, match.index! - 40), match.index))) return null;
    // "in mid-afternoon trading", "midmorning deals": that part of the story's day
    if (match[11]) return statedResult(context, match.index!, match[0], { type: 'TIME', value: `${ANCHOR_DAY}T${PART[match[11].toLowerCase()]}` });
    // "hit the terminal in the afternoon", "will meet again in the evening": that part of the
    // story's day (anchors.ts), as "in morning trading" is
    // Only a past report's: "what I think about when I get up in the morning", "usually runs in
    // the morning" are any day's, and a clock's "three o'clock in the morning" is its hour
    if (match[12]) {
      if (HABIT.test(context.text) || CLOCK_BEFORE.test(context.text.slice(Math.max(0, match.index! - 16), match.index!)) || tenseAround(context.text, match.index!, match.index! + match[0].length) !== 'past') return null;
      return statedResult(context, match.index!, match[0], { type: 'TIME', value: `${ANCHOR_DAY}T${PART[match[12].toLowerCase()]}` });
    }
    if (match[9] || match[10]) {
      const part = match[9] ? PART[match[9].toLowerCase()] : 'NI';
      // "overnight" in a past report is the night before the story's day
      const before = match[10] && tenseAround(context.text, match.index!, match.index! + match[0].length) === 'past';
      // (no later than publication's: a report of what happened, not of a day planned ahead)
      const day = before ? anchorShift(-1, 'day') + NOT_AFTER_PUBLICATION : ANCHOR_DAY;
      return statedResult(context, match.index!, match[0], { type: 'TIME', value: `${day}T${part}` });
    }
    const word = (match[1] ?? match[3] ?? match[4] ?? match[6] ?? 'today').toLowerCase();
    const part = (match[2] ?? match[5] ?? match[7] ?? match[8] ?? (word === 'tonight' ? 'night' : ''))?.toLowerCase();
    // "in morning trading" is the morning of the day the report is about (anchors.ts)
    const day = match[8] ? ANCHOR_DAY : formatDay(addDays(publicationDay(context), OFFSET[word]));
    const value = part ? `${day}T${PART[part]}` : day;
    if (word === 'today' && !part && match[0].length === 5 && statesHowThingsAre(context.text, match.index!)) {
      return statedResult(context, match.index!, match[0], { type: 'DATE', value: presentOrDay(value) });
    }
    return statedResult(context, match.index!, match[0], { type: part ? 'TIME' : 'DATE', value });
  },
};
