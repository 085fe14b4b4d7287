// A date word that is part of a name or of a schedule's slot, not a date: "21st Century Fox",
// "April Schiff", "Jill June", "an Easter Egg", "the 2 p.m. time slot", "Hannity's 9 p.m. show".
// News capitalises a name's words; a capitalised date word run into a capitalised word that is
// no date word, with nothing governing it as a date ("in", "on", "last"), is inside the name.
// A clock time before a slot or a show says which slot, on no particular day. Must not know
// about labels, statuses or how timexes were found.
import type { Timex } from '../document';
import type { Span } from '../analysis';
import { MONTH_WORD } from '../temporal/calendar';
import { holidayInName } from './holidayInName';
import { workTitle } from './workTitle';

// Words that go on a date's own name: "Christmas Day", "Friday Night", "Easter Sunday".
const DATE_NAME_PART = /^(?:Day|Days|Eve|Night|Nights|Morning|Afternoon|Evening|Weekend|Week|Month|Year|Time|Holiday|Holidays|Season|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|And|Or|To|Through|Of|In|On|At|For|The|A|An|With|By|From)$/;
// Where a name may start in a run of text: after a comma or a bracket (a list of names), after
// an article ("an Easter Egg"); never after a verb or a preposition ("said Monday Apple ...").
const NAME_SLOT = /(?:[,;:(]\s*|\b(?:an?|the)\s+)$/i;
const OWNED_TITLE = /\b(?:an?|the|our|their|his|her|its|my|your)\s+[a-z]+\s+$/;
const MONTH_OR_HOLIDAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Easter|Christmas)$/;
const FOLLOWER = /^\s([A-Z][a-z]+)\b(?!\s*\d)/;
// "Jill June", "Abbi Easter": a capitalised word (no sentence start) before a bare month or holiday
const PRECEDER = /([A-Z][a-z]+)\s$/;
const NOT_A_FIRST_NAME = /^(?:Good|Black|Cyber|Super|Ash|Palm|Holy|Easter|Memorial|Labor|Labour|Independence|Christmas|Boxing|New|Last|Next|This|That|Early|Late|Mid|Every|Each|Since|Until|Till|From|Through|By|On|In|At|Of|During|Before|After|Between|And|Or|To|For|The|A|An|Last|Past|Coming|Until|Mr|Mrs|Ms|Dr)$/;

/** Whether the capitalised date words of `timex` sit inside a name. */
// "told ABC's “This Week.”", "on NBC's “Today” show": a programme's title in quotes.
const QUOTED_TITLE = /^(?:[\p{Lu}][\p{Ll}]*)(?:\s+[\p{Lu}][\p{Ll}]*)*$/u;

// "Legends of Tomorrow", "a Spring Assist knife": a word news writes in lower case ("today",
// "spring") capitalised inside a sentence is part of a title or a brand. (Not in a headline
// written in title case, where every word is capitalised.)
const LOWER_CASE_DATE = /^(?:Today|Tonight|Tomorrow|Yesterday|Spring|Summer|Fall|Autumn|Winter)$/;
function capitalisedMidSentence(text: string, statement: Span, timex: Timex): boolean {
  if (!LOWER_CASE_DATE.test(timex.text) || timex.start <= statement.start) return false;
  const before = text.slice(statement.start, timex.start);
  if (/(?:[.!?:;“"‘(—–-]|\n)\s*$/.test(before) || !/\S\s+$/.test(before)) return false;
  // within a run of capitalised words ("Legends of Tomorrow", "Summer Breeze"); a lone capital
  // after a lower-case word is more often a lost sentence break ("he said Yesterday I ...")
  const inRun = /\p{Lu}[\p{L}’'-]*\s+(?:(?:of|the|and|in)\s+)?$/u.test(before) || /^\s+(?!I\b)\p{Lu}\p{Ll}/u.test(text.slice(timex.end, timex.end + 3));
  if (!inRun) return false;
  const words = text.slice(statement.start, statement.end).split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.filter((w) => /^\p{Lu}/u.test(w)).length < 0.8 * words.length;
}

// ("appeared on “Fox News Sunday”": the day is one word of the quoted title)
const QUOTE_OPENS = /[“"‘]((?:[\p{Lu}\d][\p{L}\d'’.&-]*\s+){0,5})$/u;
const QUOTE_CLOSES = /^((?:\s+[\p{Lu}\d][\p{L}\d'’.&-]*){0,5})[,.!?]?[”"’]/u;
const GROUP_NAMED = /^(?:\s+[A-Z][\w'’-]*){0,2}?\s+(?:Brigades?|Movement|Front|Alliance|Coalition|Party|Group|Bloc|Committee|Union|Battalions?|Coordination|Council|Youth|Generation)\b/;
// ("the 25th of January Youth": the day may be written before its month)
const MONTH_DAY = /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s+of\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))$/;
// "The Sunday Times said", "a Monday Night Football game": a weekday opening a capitalised name
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

const MONTH_WORD_ONLY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/i;
const NAMED_BY_FEAST = /^\s+(?:Agreements?|Accords?|Treaty|Truce|Rising|Uprising|War|Offensive|Massacre|Proclamation|Declaration|Settlement|Tsunami|Bombings?)\b/;

export function insideName(text: string, statement: Span, timex: Timex): boolean {
  if (capitalisedMidSentence(text, statement, timex)) return true;
  // (“2001: A Space Odyssey”, “Summer of 1969”: a word of a work's title, workTitle.ts)
  if (workTitle(text, timex)) return true;
  if (QUOTED_TITLE.test(timex.text)) {
    const opens = QUOTE_OPENS.exec(text.slice(Math.max(0, timex.start - 60), timex.start));
    const closes = QUOTE_CLOSES.exec(text.slice(timex.end, timex.end + 60));
    if (opens && closes) return true;
  }
  const follower = FOLLOWER.exec(text.slice(timex.end, timex.end + 24));
  const followed = !!follower && !DATE_NAME_PART.test(follower[1]);
  // news writes "the 21st century" in lower case: a capital Century before a name is a company's
  if (/^\d+(?:st|nd|rd|th)\s+Century$/.test(timex.text)) return followed;
  const lead = text.slice(Math.max(statement.start, timex.start - 20), timex.start);
  if (WEEKDAY.test(timex.text) && followed && /\b(?:an?|the)\s+$/i.test(lead)) return true;
  // "the February 17 Martyrs' Brigade", "the April 6 Youth Movement": a group named after the day
  // it rose, a day of the month between "the" and a capitalised name that names a group ("the
  // April 20 Deepwater Horizon disaster", "the January 25 Revolution" name a happening of the day)
  if (MONTH_DAY.test(timex.text) && /\bthe\s+$/i.test(lead) && GROUP_NAMED.test(text.slice(timex.end, timex.end + 40))) return true;
  // "the Good Friday Agreement", "the Yom Kippur War", "the Easter Rising": a feast or a weekday
  // with no day of the month, before a capitalised accord, war or rising, names a thing of history
  // by the feast it fell on; the calendar's nearest Good Friday is not its date
  if (!/\d/.test(timex.text) && !MONTH_WORD_ONLY.test(timex.text) && /\bthe\s+$/i.test(lead) && NAMED_BY_FEAST.test(text.slice(timex.end, timex.end + 24))) return true;
  // ("the agency's New Year's Maximum Enforcement Period": a holiday opening a name, holidayInName.ts)
  if (holidayInName(text, statement, timex)) return true;
  if (!MONTH_OR_HOLIDAY.test(timex.text)) return false;
  if (followed && timex.start > statement.start && NAME_SLOT.test(lead)) return true;
  // ("our annual Christmas Weekly Address", "the first Easter Egg Roll": an owner or an
  // article, then a lower-case word, before a capitalised title)
  if (followed && OWNED_TITLE.test(lead)) return true;
  const preceder = PRECEDER.exec(text.slice(Math.max(statement.start, timex.start - 24), timex.start));
  if (!preceder) return false;
  const at = timex.start - preceder[0].length;
  const opensSentence = at <= statement.start || /[.!?:“"]\s*$/.test(text.slice(Math.max(0, at - 3), at));
  return !opensSentence && !NOT_A_FIRST_NAME.test(preceder[1]) && !DATE_NAME_PART.test(preceder[1]);
}

// "the lower-rated 2 p.m. time slot", "Sean Hannity's 9 p.m. prime-time slot", "the 6 p.m.
// newscast": a time of day that names a recurring slot in a schedule.
const CLOCK = /^\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)$/i;
const SLOT_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:slot|show|newscast|broadcast|bulletin|programme|program|edition|shift)s?\b/i;
// "earlier than the set start time of 7:45 AM", "a kick-off time of 3pm", "a check-in time of 6
// a.m.": a clock named as a schedule's time "of" says what the time is set at, no happening at it
// ("kick-off was at 3pm" tells when the game began, and keeps it)
const SLOT_BEFORE = /\b(?:start(?:ing)?|opening|closing|kick-?off|departure|arrival|tee|curtain|check-?in|check-?out|cut-?off|call|boarding|doors?)\s+times?\s+of\s+$/i;

// "appears in the September 5, 2016 issue of New York", "the cover of the next day's paper",
// "graces the magazine's January cover": a periodical's issue is named by its date, like a slot
// by its time.
const ISSUE_AFTER = /^(?:\s+|['’]s\s+)(?:print\s+|special\s+|double\s+)?(?:issue|edition|paper|newspaper|front\s+page|cover(?!-))s?\b/i;

// "Wheat for December delivery closed at $5.16", "the March contract", "January crude futures":
// markets name a contract by the month it falls due; the price moved today, not then.
const MONTH = /^(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?$/;
const CONTRACT_AFTER = /^\s+(?:[\w-]+\s+)?(?:contracts?|futures|options|expiry|expiration)\b/i;
// ("for December delivery" is a contract; "the May delivery of 30 jets" is a delivery in May)
const DELIVERY = (text: string, timex: Timex) => /\bfor\s+$/i.test(text.slice(Math.max(0, timex.start - 5), timex.start)) && /^\s+delivery\b(?!\s+of\b)/i.test(text.slice(timex.end, timex.end + 20));
// "cocoa for May/June shipment", "afloat through to December shipment and spot to December
// arrival/delivery", "wheat for April/May delivery": commodity copy names a cargo's position by
// the months it ships, loads or arrives in; the tender or the trade is told now, not then. The
// position goes without an article ("the June delivery of the first jet" is a delivery), and in
// the plural ("February shipments rose") only after "for" or a half ("second half March shipments").
const POSITION_NOUN = String.raw`(?:shipment|delivery|arrival|loading)(?:\s*\/\s*(?:shipment|delivery|arrival|loading))?`;
const POSITION_AFTER = new RegExp(String.raw`^(?:\s*(?:\/|-|\bor\b|\band\b|\bthrough\b|\bto\b)\s*${MONTH_WORD})*\s+${POSITION_NOUN}(s?)\b(?!\s+of\b)`);
const POSITION_DETERMINED = /\b(?:the|a|an|its|their|his|her|our|this|that|these|those|last|next)\s+$/i;
const POSITION_PLURAL_LEAD = /\b(?:for|half)\s+$/i;
function cargoPosition(text: string, timex: Timex): boolean {
  const position = POSITION_AFTER.exec(text.slice(timex.end, timex.end + 60));
  if (!position) return false;
  const lead = text.slice(Math.max(0, timex.start - 16), timex.start);
  return position[1] ? POSITION_PLURAL_LEAD.test(lead) : !POSITION_DETERMINED.test(lead);
}
// "Brent futures for April closed up 78 cents", "the contract for May": the contract named
// before its month. (Not "plans for April", "orders for May": only a market's instruments.)
const CONTRACT_BEFORE = /\b(?:futures|contracts?|options)\s+for\s+$/i;
// "The May report beat expectations", "May's labour force report", "the June jobs numbers": a
// month names the statistics a report holds as it names a contract, the report being released
// later ("the February results were lower": its results too, not the verb of "winter from November
// to March often results in snow") (lower-case words to the noun: "released late last month by Election Data Services" names
// none; "said in a June report that ...", told with "a", is dated by its release)
const REPORT_AFTER = /^(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:report|data|figures?|numbers|results(?!\s+(?:in|from)\b)|survey|statistics|reading|release)\b/;
const namesReport = (text: string, timex: Timex, after: string) => !/\d/.test(timex.text) && REPORT_AFTER.test(after) && !/\ban?\s+$/i.test(text.slice(Math.max(0, timex.start - 4), timex.start));

/** Whether `timex` is a clock time naming a schedule's slot, the date of an issue, or the month
 *  naming a market's contract or a report's statistics. */
// "“Make Me a Supermodel” (10 p.m., Bravo)": a listing gives a show's slot and channel in brackets.
const LISTING_AFTER = /^,\s*[\p{Lu}\d][^()\n]{0,30}\)/u;

// "her BBC Radio 2 Sunday show", "the Friday Night Comedy podcast", "his Saturday column": a
// weekday before a programme names the slot it runs in every week, not a day. ("on Sunday's
// show", "last Sunday's programme" are one particular week's.)
const WEEKDAY_OR_NIGHT = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;
const WEEKLY_SLOT_AFTER = /^\s+(?:[\p{Lu}][\w-]*\s+){0,2}(?:show|programme|program|podcast|newscast|broadcast|bulletin|column|slot|lineup|line-up)s?\b/u;
const PARTICULAR_DAY_BEFORE = /\b(?:on|last|this|next|by|until|since|from|before|after|every|each)\s+$/i;

export function slotTime(text: string, timex: Timex): boolean {
  const after = text.slice(timex.end, timex.end + 40);
  if (WEEKDAY_OR_NIGHT.test(timex.text) && WEEKLY_SLOT_AFTER.test(after) && !PARTICULAR_DAY_BEFORE.test(text.slice(Math.max(0, timex.start - 8), timex.start))) return true;
  const listed = /\(\s*$/.test(text.slice(Math.max(0, timex.start - 3), timex.start)) && LISTING_AFTER.test(after);
  return (CLOCK.test(timex.text) && (SLOT_AFTER.test(after) || listed || SLOT_BEFORE.test(text.slice(Math.max(0, timex.start - 30), timex.start)))) || ISSUE_AFTER.test(after) || (MONTH.test(timex.text) && (CONTRACT_AFTER.test(after) || DELIVERY(text, timex) || cargoPosition(text, timex) || CONTRACT_BEFORE.test(text.slice(Math.max(0, timex.start - 24), timex.start)) || namesReport(text, timex, after)));
}

// "IT’S TUESDAY —", "TWEET OF THE DAY": prose never writes a date in capitals; a newsletter's
// rubric or a page's kicker does.
// A figure does not change that: a diary's "18 JANUARY, 2200 GMT", a shouted "5 YEARS FROM NOW".
// A clock's zone or "PM" is written in capitals anyway ("At 0800 UTC"): only other words count.
export const inCapitals = (timex: Timex) => /\p{L}{3}/u.test(timex.text.replace(/\b(?:UTC|GMT|BST|CES?T|[ECMP][SD]?T|[AP]\.?M\.?|HRS)\b/g, '')) && timex.text === timex.text.toUpperCase();
