// Weekdays: "Tuesday", "last Friday", "next Monday", "Thursday night". A bare weekday takes the
// sentence's tense ("met on Tuesday" is the Tuesday before publication, "will meet on Friday"
// the Friday after). A weekday directly followed by a calendar date is left to the date parsers.
// A week named after the weekday ("Thursday next week") places it and joins the span: it is
// one date, as "next Thursday" is. A hyphen joins only weekdays ("Monday-Friday", a span),
// never another word ("Super-Tuesday", "Friday-night"); chrono resumes its search on the
// text after its last match, so a hyphen with nothing before it follows a weekday just read.
import type { Parser } from 'chrono-node';
import { addDays, formatDay, toEpochDay, weekday as weekdayOf } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { resolveWeekday } from '../direction';
import { anchorWeekday } from '../placeholders';
import { tenseAround, type Tense } from '../tense';
import { ownsPlan } from '../sideTold';
import { JUDGED_FROM } from '../verbGroup';

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

// (a match opens with one of these letters: tested first, V8 skips to them instead of running the
// lookbehinds at every position of the sentence; a speed device that changes no match)
const PATTERN = new RegExp(
  '(?=[ltpcnsmwf])(?<!\\w|(?<=\\S)-)(?<!\\b(?:Black|Good|Cyber|Ash|Palm|Holy|Easter|Bloody|Super|Giving)\\s)(?:(last|next|this|past|coming|previous|the\\s+(?:following|next)|(?<=\\b(?:on|of|by|until|till|during|through|throughout|since|from|for|after|before)\\s+)that(?:\\s+[a-z]+)?)\\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)' +
    '(?:\\s+(morning|afternoon|evening|night))?(?:\\s+(?:of\\s+)?(next|last|this)\\s+week)?' +
    "(?!\\w|-(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b)|'s\\s+(?:Child|Globe))" +
    '(?!,?\\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\d{1,2}/))' +
    // "a chilly Tuesday in December 1999": one of that month's Tuesdays, no day of our own week
    '(?!\\s+(?:in|of)\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{4})',
  'i',
);

// Events nobody schedules: "Sunday's attack", "the Saturday shooting" can only be reported once
// they have happened, so the weekday is the one before publication whatever verb follows ("the
// suspect in Sunday's attack will appear in court"). A planned event ("Sunday's game",
// "Monday's vote") keeps its verb's side.
const UNSCHEDULED =
  /^(?:['\u2019]s)?\s+(?:(?:deadly|fatal|fiery|devastating|horrific|apparent|suspected|mass|twin|double|violent|brutal|failed|attempted)\s+)?(?:attacks?|shootings?|stabbings?|bombings?|blasts?|explosions?|crash(?:es)?|collisions?|derailment|killings?|murders?|massacres?|ambush|assaults?|rampage|shootout|gunfight|fire|blaze|earthquake|quake|tremor|landslide|mudslide|collapse|accident|riots?|clashes|incident|outage|spill|leak|hack|breach|overdose)\b/i;

// ("vowed to strike back for an attack Friday", "after the shooting on Sunday": the event named
// right before its day, as after a possessive)
const UNSCHEDULED_BEFORE = /\b(?:an?|the|that|this)\s+(?:(?:deadly|fatal|fiery|suspected|mass|twin|failed|attempted)\s+)?(?:attack|shooting|stabbing|bombing|blast|explosion|crash|collision|derailment|killing|massacre|ambush|assault|rampage|earthquake|quake|landslide|collapse|accident|riot|outage|spill|hack|breach)\s+(?:on\s+)?$/i;

// the first weekday of a pair, bare or after "next", right before this one's "and"/"or"
const FIRST_OF_PAIR = /\b(next\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s+(?:and|or|and\/or)\s+(?:on\s+)?$/i;
const REPORTED = /\b(?:says|tells|reports|announces|confirms|denies|warns|admits|insists)\s+(?:[a-z]+\s+)?(?:on\s+)?$/i;

// the hours before dawn, right before the weekday: "before dawn", "early", "in the early hours of",
// "shortly before 4 a.m." (an hour from midnight to five)
const SMALL_HOURS = /\b(?:before\s+dawn|early|(?:in\s+)?the\s+(?:early|small)\s+hours\s+of|(?:12|[1-5])(?::\d\d)?\s*a\.m\.)\s+(?:on\s+)?$/i;

// "rallied on Tuesday's USDA report that farmers intend to plant less", "fell after Monday's
// announcement that the plant will close": a report's or a statement's content, a clause of its
// own after "that", is what was said, not what the noun's day did; its verbs ("intend", "will
// close") do not date the report, which the sentence around it does ("rallied"). (A relative
// clause, "Friday's meeting that will decide", has its verb right after "that" and stays the
// noun's.)
const CONTENT_THAT = /^['’]s\s+(?:[\w-]+\s+){0,2}(?:report|reports|statement|announcement|news|word|decision|ruling|forecast|estimate|estimates|survey|data|figures|comments?|remarks?|warning|claims?|assurances?|promise|pledge|indications?|signals?|confirmation|disclosure|admission|finding|findings|conclusion|speculation|rumou?rs?)\s+that\s+(?=(?:the|a|an|its|their|his|her|our|this|these|those|some|most|many|[A-Z][\w.-]*|[a-z]+s)\s)/;

/** The tense a bare weekday matched at `index`-`end` of `text` is told in (`possessive`: "Friday's"). */
function weekdayTense(text: string, index: number, end: number, possessive: boolean, modifier: string | undefined): Tense | null {
  const content = possessive ? CONTENT_THAT.exec(text.slice(end, end + 80)) : null;
  if (content) return tenseAround(text.slice(0, end + content[0].length - 5), index, end, true);
  const clause = possessive ? text.slice(index) : text;
  const at = possessive ? 0 : index;
  // "the agency says Friday it will appeal": a present-tense reporting verb dates the
  // statement, which has been made; it cannot lie ahead of publication
  const reported = !possessive && REPORTED.test(text.slice(Math.max(0, index - 40), index));
  // "Judging by Thursday's meetings, none will emerge soon": what one judges from was seen
  const judged = possessive && JUDGED_FROM.test(text.slice(Math.max(0, index - 30), index));
  // a possessive with no verb after it ("has fallen 20% since Friday's close") takes the
  // sentence's
  // its noun is no verb of its own ("Friday's close" does not close)
  const own = possessive ? end - index + (/^['\u2019]s\s+[\w-]+/.exec(text.slice(end, end + 30))?.[0].length ?? 0) : end - index;
  // ("Thursday's planned march": the day a plan is for, ahead: sideTold.ts)
  const found = reported || judged || UNSCHEDULED.test(text.slice(end, end + 40)) || (!possessive && UNSCHEDULED_BEFORE.test(text.slice(Math.max(0, index - 30), index))) ? 'past' : possessive && ownsPlan(text, end) ? 'future' : tenseAround(clause, at, at + own, true) ?? (possessive ? tenseAround(text, index, index + own, true) : null);
  return modifier === 'this' ? (found ?? 'future') : found;
}

export const weekdayParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const published = publicationDay(context);
    const target = DAYS.indexOf(match[2].toLowerCase());
    const lead = match[1]?.toLowerCase();
    // "the following Monday", "that long Monday night": the narrative's Monday (anchors.ts)
    // ("this Tuesday" is publication's, not an anaphor: "th" alone would take it for "that")
    const anaphor = lead && /^(?:the\s|that\b)/.test(lead) ? (/^the\s/.test(lead) ? 'following' : 'that') : null;
    const modifier = anaphor ? undefined : lead;
    let day;
    const week = match[4]?.toLowerCase();
    if (week) {
      // "Thursday next week", "Monday of last week": that weekday of the week named
      const monday = addDays(published, -((weekdayOf(published) + 6) % 7) + 7 * { next: 1, last: -1, this: 0 }[week as 'next' | 'last' | 'this']);
      day = addDays(monday, (target + 6) % 7);
    } else if (modifier === 'last' || modifier === 'past' || modifier === 'previous') {
      day = addDays(published, -(((weekdayOf(published) - target + 6) % 7) + 1));
    } else if (modifier === 'next' || modifier === 'coming') {
      day = addDays(published, ((target - weekdayOf(published) + 6) % 7) + 1);
    } else {
      const end = match.index! + match[0].length;
      // "says Friday's meeting went well": a possessive weekday dates its noun, whose own verb
      // follows; the reporting verb before it dates the saying
      const possessive = /^['\u2019]s\s/.test(context.text.slice(end, end + 3));
      // "on Wednesday and Thursday", "Monday or Tuesday" ahead: the second day of a pair follows
      // the first, as the writer lists them, even when the first lies in the week after
      // publication and the second's name comes back round before it
      const pairBefore = possessive ? null : FIRST_OF_PAIR.exec(context.text.slice(Math.max(0, match.index! - 40), match.index));
      // (publication's own weekday is publication's day whatever the tense: the tense is read
      // only where it can move the day, or a pair's first day)
      const tense = target === weekdayOf(published) && !pairBefore ? null : weekdayTense(context.text, match.index!, end, possessive, modifier);
      day = resolveWeekday(published, target, tense);
      // "Gunfire echoed around the square before dawn Thursday" under a Wednesday stamp: a story
      // is stamped with the day where it was filed, and what happened in the small hours abroad
      // falls on the next day there; the weekday after the stamp, told in the past with the hours
      // before dawn, is that next day, not the one six days back ("last Thursday" would name it)
      if (tense === 'past' && target === (weekdayOf(published) + 1) % 7 && SMALL_HOURS.test(context.text.slice(Math.max(0, match.index! - 24), match.index))) day = addDays(published, 1);
      const pair = tense !== 'past' ? pairBefore : null;
      if (pair) {
        const firstTarget = DAYS.indexOf(pair[2].toLowerCase());
        const first = pair[1] ? addDays(published, ((firstTarget - weekdayOf(published) + 6) % 7) + 1) : resolveWeekday(published, firstTarget, tense);
        if (toEpochDay(day) < toEpochDay(first)) day = addDays(first, (target - firstTarget + 7) % 7);
      }
    }
    const part = match[3]?.toLowerCase();
    const time = part ? `T${PART[part]}` : '';
    const value = anaphor ? anchorWeekday(anaphor === 'following' ? 1 : 0, target, time, formatDay(day) + time) : formatDay(day) + time;
    return statedResult(context, match.index!, match[0], { type: part ? 'TIME' : 'DATE', value });
  },
};
