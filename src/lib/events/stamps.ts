// Dates that stamp the page or a feed inside running text, not the news told beside them: a
// live page's "(Update 9:40 p.m. Cairo, 2:40 p.m. ET) -- ...", a reader comment's "Posted by:
// NAME | June 24, 2010 11:13 AM | Report abuse", a wire copy's "HOUSTON, April 30 (Reuters) -"
// and "| Fri Apr 30, 2010 5:23 pm EDT", a print edition's "October 23, 2008; Page A01", a
// headline rail's "- 4 hrs ago", a copyright line's "© 2013 Morningstar, Inc.". Pasted and saved pages
// carry them in the text; the news after them keeps its own dates. Must not know about labels.
import type { Timex } from '../document';

// A reader comment's two marks: its poster's stamp and the link under it.
const POSTED_BY = String.raw`\bposted\s+by\s*:?\s*[^|\n]{1,60}\|`;
const REPORT_MARK = String.raw`(?:\||--)\s*report\s+(?:as\s+)?abuse\b`;
const UPDATE_OR_COMMENT = new RegExp(String.raw`(?:\(\s*(?:last\s+)?(?:update[ds]?|posted|published|edited)\b[^()\n]{0,40}(?:\([^()\n]*\)[^()\n]{0,20})?|${POSTED_BY}\s*)$`, 'i');
// The date line under an embedded tweet: "@AC360 8:41 pm ET February 11, 2013 RETWEET ...".
const TWEET_AFTER = /^\s*(?:RETWEET|Retweet|REPLY|FAVORITE)\b/;
const REPORT_ABUSE = new RegExp(String.raw`^\s*${REPORT_MARK}`, 'i');
// A blog comment's signature: "... Posted by Dylan Calder on April 3, 2005 04:23 PM."
const POSTED_ON = String.raw`\bposted\s+by\s+[^|\n.]{1,60}?\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})`;
const COMMENT = new RegExp(`${REPORT_MARK}|${POSTED_BY}|${POSTED_ON}`, 'i');
// A page's own clock line, not in brackets: "Page last updated at 07:41 GMT, Wednesday, 9 June
// 2010 08:41 UK", "6 January 2011 Last updated at 18:51 GMT", "Published: Monday, 4 January,
// 2010". Only stamp words and clock words may stand between it and the date ("The company
// updated its forecast on Tuesday" dates an update).
const CLOCK_WORDS = '(?:[\\d:,.\\s]|GMT|BST|UTC|UK|ET|EST|EDT|[AP]\\.?M\\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)*';
const CLOCK_LINE_BEFORE = new RegExp(`\\b(?:last\\s+updated|updated\\s+at|updated\\s*:|published\\s*:|added\\s*:|first\\s+published)\\s*(?:at|on)?\\s*:?\\s*${CLOCK_WORDS}$`, 'i');
const CLOCK_LINE_AFTER = /^\s*(?:page\s+)?last\s+updated\b/i;
// News prose has no pipes: a date beside one is a page's byline or stamp line.
// (a clock may stand between them: "Susan Watts | 18:00 UK time, Saturday, 25 April 2009",
// "July 15, 2010 - 7:48 AM | by: Jonathan Serrie")
const PIPE_CLOCK = String.raw`\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:[A-Z]{2,4}\s*)?(?:time\s*)?`;
const PIPE_BEFORE = new RegExp(String.raw`\|\s*(?:${PIPE_CLOCK},?\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*)?$`);
// ("January 31, 2011 | By Ann Roe": the year may stand between the day and the pipe)
const PIPE_AFTER = new RegExp(String.raw`^\s*(?:,\s*\d{4}\s*)?(?:[-–—,]?\s*${PIPE_CLOCK})?\|`);
// A print edition's stamp: "Thursday, October 23, 2008; Page A01", "Friday, April 30, 2010;
// 3:59 PM".
const SEMICOLON_CLOCK_BEFORE = /\d{4};\s*$/;
const SEMICOLON_CLOCK_AFTER = /^\s*;\s*\d{1,2}:\d\d\s*[AP]\.?M\b/i;
const PRINT_PAGE_AFTER = /^\s*;\s*Page\s+[A-Z]?\d+\b/;
// "HOUSTON/SEATTLE, April 30 (Reuters) -": the dateline's day is the copy's, not an event's.
// ("SAN FRANCISCO, Jan. 9 /PRNewswire/ -- Coverity, Inc. ...": a press release's wire the same way)
const DATELINE_AFTER = /^\s*(?:\d{4}\s*)?(?:\((?:Reuters|AP|AFP|UPI|Bloomberg|CNN|Xinhua|dpa|IANS|PTI|ANI|Dow Jones)\)|\/(?:PRNewswire|PRNewswire-FirstCall|Business Wire|CNW|Marketwire|GLOBE NEWSWIRE|PRWEB)[\w -]*\/)\s*[-—–]/;
// "WASHINGTON (Aug. 13) -- Declaring ...", "NEW YORK (March 2) — ...": a dateline that puts the
// copy's day in brackets after the place, in capitals at the head of a paragraph.
// A dateline's region after its place, of one to three words: "OSLO, Norway", "BRUNSWICK, West Germany".
const REGION = String.raw`(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?`;
const BRACKETED_DATELINE_BEFORE = new RegExp(String.raw`(?:^|\n)\s*\p{Lu}[\p{Lu}.'’ -]{1,40}${REGION}\s*\(\s*$`, 'u');
const BRACKETED_DATELINE_AFTER = /^\s*\)\s*(?:--|[—–-])/;
// "OSLO, Dec. 10 — He has said it again ...": the dateline without brackets, place in capitals,
// its day, then the dash, at the head of a paragraph (or after the photo credits a page runs into
// it: "(AP Photo/Jane Roe) LONDON, Feb. 26 -- ..."). Wire copy of the 1980s set a plain hyphen
// between spaces: "LONDON, June 18 - U.K. unemployment fell ...".
// ("New York, March 2 - Several analysts ...": some wire desks set the place in title case)
const OPEN_DATELINE_BEFORE = new RegExp(String.raw`(?:^|\n|\)\s)\s*(?:\p{Lu}[\p{Lu}.'’ -]{1,40}|(?!(?:On|In|At|By|Last|This|Next|Since|Until|From|Before|After|Early|Late|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)(?:day)?\b)\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})${REGION},\s*$`, 'u');
const OPEN_DATELINE_AFTER = /^\s*(?:--|[—–]|-(?=\s+\p{Lu}))\s/u;
// "Junk food ad ban comes into forcePublished: Wednesday, 2 January, 2008, 02:42 AM": a page's
// stamp label run into the headline before it, capitalised, with its colon
const STAMP_LABEL_BEFORE = /(?:Published|Updated|Posted|Last updated|Modified):\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?(?:(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4},?\s*)?$/;
// A copyright line: "© 2013 Morningstar, Inc.", "Copyright 2010 Reuters Ltd": the year the page's
// words are owned from, before the owner's name and its company form, and nothing told after it.
const COPYRIGHT_BEFORE = /(?:©|\(c\)|\bcopyright)\s*$/i;
// ("Gulf Times Newspaper, 2008 ©": the sign may follow the year)
const COPYRIGHT_AFTER = /^\s*(?:©|\(c\)\s*$)/i;
const COMPANY_FORM = String.raw`(?:Inc|Ltd|LLC|plc|PLC|Corp|Co|Company|Limited|GmbH|AG|S\.A|N\.V|Group|Media|Network|News|Press|Publishing)\b`;
const OWNER_AFTER = new RegExp(String.raw`^\s+(?:[A-Z][\w&'’.-]*,?\s+){1,5}?${COMPANY_FORM}(?:[.,]?\s*${COMPANY_FORM})*\.*\s*(?:$|\n|\||All\s+rights)`);
// A feed's freshness, in the abbreviations no reporter writes: "1 hr ago", "25 mins ago".
const FEED_AGO = /^\d+\s*(?:hrs?|mins?|secs?|h|m)\.?\s+ago$/i;

// "Thursday 29 April 2010 17.33 BST", "Saturday 00.37 BST": a date or weekday with a zoned
// clock is a page's stamp line; prose says "at 5.33pm on Thursday".
const ZONED_CLOCK_AFTER = /^\s*\d{1,2}[.:]\d\d\s*(?:BST|GMT|UTC|CET|CEST|EDT|EST|ET|PDT|PST|IST|JST|AEST|AEDT)\b/;
const FULL_DATE = /(?:\d{4}|day)$/;
// A photo credit's caption: "Photo credits: REUTERS/Hans Deryk (Veterinarians bathe a pelican,
// May 15, 2010)": the day the picture was taken.
// "(A view shows the pier in Istanbul June 10, 2011/Murad Sezer)": a caption's date with the
// photographer's credit after a slash
const CREDIT_AFTER_DATE = /^\s*\/\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*\)/;
const CREDIT_CAPTION_BEFORE = /(?:photo\s+credits?\s*:|\b[A-Z]{2,}\/[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*\([^()]{0,160}$/;

// A live page's entries open on the time they were posted, four figures with no colon, as the
// BBC's live pages wrote them: "1858 The UN's relief chief says ...", "2021 President Preval
// says ...". A tagger reads "1858" as a year; on a page where three lines or more open so, such
// a line's opening figures are the entry's clock on the day of the page, never a year.
const LIVE_ENTRY = /(?:^|\n)[ \t]*(?:[01]\d|2[0-3])[0-5]\d(?=[ \t]+[A-Z“"‘'])/g;

/** The timexes of `text` without a live page's entry clocks read as years. */
export function withoutLiveEntryClocks(text: string, timexes: Timex[]): Timex[] {
  const entries = text.match(LIVE_ENTRY);
  if (!entries || entries.length < 3) return timexes;
  return timexes.filter((t) => !(/^\d{4}$/.test(t.text) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, t.start - 8), t.start))));
}

/** Whether a sentence is a page's note on its print edition ("A version appeared on p25 of the
 *  Main section of the Guardian on Thursday 6 May 2010"): it dates the paper, not the news. */
export function isPrintNote(sentence: string): boolean {
  return /^\W*(?:a version of this (?:article|story)|a version|this (?:article|story))\s+(?:appeared|appears|was published)\s+(?:on|in)\s+(?:p(?:age)?\.?\s*\d+|print)\b/i.test(sentence);
}

/** Whether a sentence is a reader's comment: its stamp ("| Report abuse", "Posted by: NAME |")
 *  runs into it. What a reader writes under a story is not the story's news. */
export function isReaderComment(sentence: string): boolean {
  return COMMENT.test(sentence);
}

/** Whether `timex` is the day of a wire copy's dateline ("LONDON, June 18 - ...", "OSLO (Dec.
 *  10) — ...", "HOUSTON, April 30 (Reuters) -"): the copy's day, which no clause is told in. */
export function isDateline(text: string, timex: Timex): boolean {
  const before = text.slice(Math.max(0, timex.start - 90), timex.start);
  const after = text.slice(timex.end, timex.end + 20);
  return (BRACKETED_DATELINE_BEFORE.test(before) && BRACKETED_DATELINE_AFTER.test(after)) || (OPEN_DATELINE_BEFORE.test(before) && OPEN_DATELINE_AFTER.test(after)) || DATELINE_AFTER.test(after);
}

export function isInlineStamp(text: string, timex: Timex): boolean {
  const before = text.slice(Math.max(0, timex.start - 90), timex.start);
  const after = text.slice(timex.end, timex.end + 20);
  if (FULL_DATE.test(timex.text) && ZONED_CLOCK_AFTER.test(after)) return true;
  if (CREDIT_CAPTION_BEFORE.test(before) || TWEET_AFTER.test(after) || CREDIT_AFTER_DATE.test(text.slice(timex.end, timex.end + 50))) return true;
  if (/^\d{4}$/.test(timex.text) && (COPYRIGHT_BEFORE.test(before) || COPYRIGHT_AFTER.test(after) || OWNER_AFTER.test(text.slice(timex.end, timex.end + 60)))) return true;
  if (STAMP_LABEL_BEFORE.test(before)) return true;
  return UPDATE_OR_COMMENT.test(before) || CLOCK_LINE_BEFORE.test(before) || CLOCK_LINE_AFTER.test(after) || REPORT_ABUSE.test(after) || PIPE_BEFORE.test(before) || PIPE_AFTER.test(after) || PRINT_PAGE_AFTER.test(after) || SEMICOLON_CLOCK_BEFORE.test(before) || SEMICOLON_CLOCK_AFTER.test(after) || FEED_AGO.test(timex.text);
}
