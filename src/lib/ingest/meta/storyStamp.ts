// The stamp printed just above the story's first paragraph. Where no tag, element or headline
// dates a page (old templates print the headline in a <b> or a table cell, and a <title> that is
// only the site's name), a reader still sees the day where every template puts it: between the
// headline and the story ("PSV beat NAC Breda to go top 30 December 2007 (18:30) Kenneth Perez",
// "by Ann Lee - January 16 2008", "Date: Sunday January 6 2008 Time: 10:35AM"). Read only after
// the body is found, from the page's visible text right before the body's opening words. Must
// not know about the DOM or the cascade.
import { pageOrder } from './numericDate';
import { datesOtherThing } from './otherDate';
import { textDates } from './textDate';
import { saysPublished, saysUpdated } from './updated';

// A stamp sits a headline and a byline away from the story's first paragraph; a masthead's day
// of serving stands further up, above the menu ("15/01/08 15:05 Casino Poker Bingo Odds ... FOOTBALL
// NEWS <headline> E-mail Article Print-Friendly ... By <byline> <story>").
const ABOVE_STORY = 160;
const OPENING_CHARS = 60;
// the first paragraph of prose, not a headline or a kicker the body kept
const MIN_OPENING = 80;
// A date after a preposition is prose or a banner ("Since 1st March, 1999"), not a stamp.
const PROSE_BEFORE = /\b(?:since|from|until|till|before|after|in|of|to|through|on|during|between|and|the)\s*,?\s*$/i;
// A rail's teaser carries its day in brackets ("Rigters to leave (Monday January 14 2008)").
const BRACKETED = /\(\s*(?:\p{L}+\.?,?\s*)?$/u;
// More days than a stamp and its update within a header's length: a list of teasers.
const MAX_DAYS = 2;

const squashed = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * The day printed within a header's length above the story's opening words in `visible` (the
 * page's visible text), or null: a labelled stamp first, else the nearest unlabelled one, else an
 * update's. `story` is the extracted body, one paragraph a line.
 */
export function stampAboveStory(visible: string, story: string): string | null {
  const page = squashed(visible);
  const first = story.split('\n').map(squashed).find((p) => p.length >= MIN_OPENING);
  if (!first) return null;
  const at = page.indexOf(first.slice(0, OPENING_CHARS));
  if (at < 0) return null;
  const start = Math.max(0, at - ABOVE_STORY);
  const header = page.slice(start, at);
  const dates = textDates(header, 8, pageOrder(page));
  if (new Set(dates.map((d) => d.value.slice(0, 10))).size > MAX_DAYS) return null;
  let plain: string | null = null;
  let updated: string | null = null;
  for (const d of dates) {
    const before = header.slice(Math.max(0, d.start - 40), d.start);
    if (saysPublished(before)) return d.value;
    // a field that dates something else ("Release date:"), a photo's caption
    if (datesOtherThing(before, header.slice(d.end, d.end + 30)) || PROSE_BEFORE.test(before) || BRACKETED.test(before)) continue;
    if (saysUpdated(before)) updated ??= d.value;
    else plain = d.value;
  }
  return plain ?? updated;
}
