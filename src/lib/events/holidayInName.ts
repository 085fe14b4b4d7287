// A holiday's name inside a capitalised name: "the agency's New Year's Maximum Enforcement
// Period", "the Christmas Toy Drive Committee", "its Thanksgiving Food Bank Appeal". News
// capitalises a programme's, a body's or a campaign's name, and a holiday's name set first in it
// says which programme, not a day anything happened on (the programme's own dates, "between 6 p.m.
// Friday and 6 a.m. today", are told beside it). A name whose last word is a happening, "the
// Thanksgiving Day Parade", "the New Year's Day Concert", "the Christmas Eve Vigil", is held on
// the holiday and keeps it; so does the holiday alone ("the New Year's holiday") or with a lower-
// case word (qualifiers.ts's holidayThing reads those). Must not know about labels, statuses or
// how timexes were found.
import type { Span } from '../analysis';
import type { Timex } from '../document';

const HOLIDAY = /^(?:New\s+Year['’]?s(?:\s+(?:Day|Eve))?|Christmas(?:\s+(?:Day|Eve))?|Easter(?:\s+(?:Sunday|Monday))?|Thanksgiving(?:\s+Day)?|Halloween|Valentine['’]s(?:\s+Day)?|(?:Mother|Father)['’]s\s+Day|Labou?r\s+Day|Memorial\s+Day|Independence\s+Day|Veterans['’]?\s+Day|Presidents['’]?\s+Day|Boxing\s+Day|St\.?\s+Patrick['’]s\s+Day|Hanukkah|Diwali|Ramadan)$/;
// the holiday stands where a name starts: after an article or an owner ("the agency's", "its";
// not "it's", "that's")
const NAME_START = /(?:\b(?:the|a|an|its|their|his|her|our|this|that)|\p{L}(?<!\b(?:it|that|there|what|here|he|she|who|let))['’]s?)\s+$/iu;
// the capitalised words of the name after the holiday (one to four), none a word of a date's own
const NAME_AFTER = /^((?:\s+(?!(?:Day|Days|Eve|Night|Weekend|Week|Holidays?|Season|Morning|Evening|Break|Period)\b)\p{Lu}[\p{L}'’-]*){1,4})(?!\s*\d)/u;
// a name whose last word is a happening is held on the holiday
const HAPPENING = /\b(?:Parade|Party|Dinner|Lunch|Concert|Festival|Fireworks|Celebrations?|Gala|Ball|Service|Mass|Vigil|March|Rally|Race|Run|Walk|Swim|Dip|Game|Match|Classic|Bowl|Tournament|Address|Message|Speech|Broadcast|Sales?|Show|Special|Marathon|Truce|Ceasefire|Offensive|Attack|Bombings?|Fair|Market|Lights|Lighting|Fun)$/;

/** Whether the holiday `timex` opens a capitalised name (see above). */
export function holidayInName(text: string, statement: Span, timex: Timex): boolean {
  if (!HOLIDAY.test(timex.text) || !NAME_START.test(text.slice(Math.max(statement.start, timex.start - 16), timex.start))) return false;
  const after = NAME_AFTER.exec(text.slice(timex.end, timex.end + 60));
  if (!after || HAPPENING.test(after[1])) return false;
  // (not a headline in title case, where every word is capitalised)
  const words = text.slice(statement.start, statement.end).split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.filter((w) => /^\p{Lu}/u.test(w)).length < 0.8 * words.length;
}
