// A photo caption the body keeps: "Demonstrators march through the streets in Damascus July 17,
// 2011.", "A dead gull covered in oil lies along the beach in Grand Isle, Louisiana May 21, 2010.",
// "An elevated view shows the City of London April 12, 2011." Wire captions tell what the picture
// shows in the plain present and close on where and when it was taken, the full date with its year
// set straight after the place, no "on" between. Body copy puts a preposition before a day ("was
// born in Damascus on July 17, 1950") and tells a happening in the past or the future; the day a
// picture was taken is no event of the story. A past ("The plant closed in Detroit May 3, 2010"),
// a modal or a future keep the day. Must not know about labels, statuses or how timexes were found.
import { firstVerbGroup, type Span, type Word } from '../analysis';
import type { Timex } from '../document';
import { MONTH_WORD } from '../temporal/calendar';

const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
// the full date with its year, the weekday before it if the caption gives one
const FULL_DATE = new RegExp(String.raw`^(?:${WEEKDAY},?\s+)?${MONTH_WORD}\s+\d{1,2},?\s+(?:19|20)\d\d$`);
// a place's name straight before the date ("in Tripoli March 10, 2011", "Louisiana, Friday, May
// 21, 2010"): no preposition of time between
const PLACE_BEFORE = new RegExp(String.raw`\p{Lu}[\p{L}'’.-]*,?\s+(?:${WEEKDAY},\s+)?$`, 'u');
// the caption ends on its date
const ENDS = /^[”"’']?\.[”"’']?\s*$|^[”"’']?\s*$/;

// A caption a page labels as one: a line opening on "Photo:", "Pictured:", "Image:" or "Caption:"
// ("Photo: Volunteers sort donations Saturday at the food bank."). Body copy opens no line so;
// whatever the picture shows is the body's to tell, and its day no event of the story.
const LABELLED = /^[ \t]*[(\[]?\s*(?:photos?|photograph|picture|pictured|image|caption)\s*(?:\([^()\n]{0,40}\)\s*)?:/i;
// ("Photograph: Mandel Ngan/AFP/Getty Images Bob Dudley ... today became": a label before a
// photographer's credit, the body's line run on after it, is a credit line, no caption)
const CREDIT = /^\s*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\s*\/|(?:AP|AFP|Reuters|Getty(?:\s+Images)?|EPA|PA|Bloomberg|Shutterstock|Alamy|Xinhua|courtesy|supplied|file|handout)\b)/iu;
// (how far back the caption's line may start)
const LABELLED_REACH = 240;

/** Whether `timex` is the date a caption in the plain present closes on, or stands in a line
 * labelled as a caption. */
export function photoCaption(text: string, statement: Span, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  // (the line's start looked for in the reach only: a paste with no line break is not searched back)
  const from = Math.max(0, timex.start - LABELLED_REACH);
  const lineBreak = text.slice(from, timex.start).lastIndexOf('\n');
  const lineStart = lineBreak >= 0 ? from + lineBreak + 1 : from === 0 ? 0 : -1;
  if (lineStart >= 0) {
    const label = LABELLED.exec(text.slice(lineStart, timex.start));
    if (label && !CREDIT.test(text.slice(lineStart + label[0].length, lineStart + label[0].length + 60))) return true;
  }
  if (timex.type !== 'DATE' || !FULL_DATE.test(timex.text) || !ENDS.test(text.slice(timex.end, Math.max(timex.end, statement.end)))) return false;
  if (!PLACE_BEFORE.test(text.slice(Math.max(statement.start, timex.start - 40), timex.start))) return false;
  const words = wordsOf().filter((w) => w.start >= statement.start && w.end <= timex.start && w.end > w.start);
  let present = false;
  let verbs = 0;
  for (let g = firstVerbGroup(words, statement.start, timex.start); g; g = firstVerbGroup(words, g.end, timex.start)) {
    verbs++;
    const i = words.indexOf(g.first);
    const before = words[i - 1];
    if (g.first.pos === 'modal' || /^(?:will|would|shall)$/i.test(g.first.text)) return false;
    // ("covered in oil", "that was destroyed by NATO": a participle or a relative clause describing
    // what the picture shows)
    const describes = !!before && (before.pos === 'noun' || /^(?:that|which|who)$/i.test(before.text));
    if (g.first.form === 'past' && !describes) return false;
    if (/^(?:is|are|am)$/i.test(g.first.text) || g.first.form === 'present' || (g.first.pos === 'verb' && g.first.form === 'infinitive' && !/^to$/i.test(before?.text ?? ''))) present = true;
  }
  // (a line with no verb the tagger reads, "Demonstrators march through ...", is a caption's too)
  return present || verbs === 0;
}
