// A news page's DOM -> the story as plain paragraphs separated by blank lines: page furniture
// pruned, Readability's pick of the story, then news-template lines dropped. Mutates the
// document it is given (the metadata must be read first). Must not know about metadata,
// dates in the prose or events.
import { withoutAuthorBio } from './authorBio';
import { cutTail, STORY_BEFORE } from './storyTail';
import { squash } from '../meta/siteName';
import { isFurnitureLine, isNewsFurniture, isNewsLabel, isRailHeading } from '../templateLines';
import { dropDek } from './dek';
import { dropHeadlineLinks, HEADLINE_GONE } from './headlineLinks';
import { paragraphsOf } from './paragraphs';
import { pruneFurniture } from './prune';
import { markEmptyBreaks, readableRoot } from './readable';
import { beforeThread } from './thread';
import { beforeTeaserRun } from './teaserRun';

// Below this many characters the class words probably hid the story itself (a layout wrapper
// named "article-sidebar-layout"): the page is read again without trusting them.
const TOO_LITTLE = 500;

export interface BodyOptions {
  /** The headline, dropped where the body repeats it as its first line. */
  title: string | null;
  /** A fresh copy of the page, for the second reading; each reading mutates its document. */
  reparse: () => Document;
}

export function storyText(doc: Document, options: BodyOptions): string {
  const read = readStory(doc, true, options);
  if (read.length >= TOO_LITTLE) return read;
  const again = readStory(options.reparse(), false, options);
  return again.length > 2 * read.length ? again : read;
}

// Readability wants a few hundred characters of prose before it trusts a block; a brief, or a
// page that is mostly one short story, is read plainly from its main box instead.
function readStory(doc: Document, byClass: boolean, options: BodyOptions): string {
  dropDek(doc);
  pruneFurniture(doc, byClass);
  const root = readableRoot(doc);
  if (root) dropHeadlineLinks(root);
  const read = root ? cleanParagraphs(paragraphsOf(root), options.title) : '';
  if (read.length >= TOO_LITTLE) return read;
  const fresh = options.reparse();
  markEmptyBreaks(fresh);
  dropDek(fresh);
  pruneFurniture(fresh, byClass);
  const box = mainBox(fresh);
  if (box) dropHeadlineLinks(box);
  const plain = box ? cleanParagraphs(paragraphsOf(box), options.title) : '';
  // An <article> or <main> is the page's own word for where the story is: on a short page it
  // beats Readability's guess; a bare <body> only when Readability found less.
  const semantic = box !== null && box !== fresh.body && plain.length > 0;
  return semantic || plain.length > read.length ? plain : read;
}

/**
 * A comment thread and a rail of other stories after the story cut off where they begin;
 * template lines dropped; a repeated paragraph (a pull quote, a summary) kept once.
 */
const MAX_KICKERS = 2;
const KICKER_WORDS = 3;

// A line of only invisible format marks (a zero-width joiner a template leaves in an empty box).
const INVISIBLE = /^[\p{Cf}\s]*$/u;

function cleanParagraphs(paragraphs: string[], title: string | null): string {
  const seen = new Set<string>();
  const kept = withoutAuthorBio(withoutTickers(beforeTrailer(withoutLabelledRails(beforeTeaserRun(beforeRail(beforeThread(paragraphs))))))).filter((p) => {
    if (isGone(p) || isNewsFurniture(p) || seen.has(p) || INVISIBLE.test(p)) return false;
    seen.add(p);
    return true;
  });
  // The header Readability may keep above the story: a kicker of a word or two ("Corona"),
  // then the headline. Both go; anything longer before the headline is the page's, not ours.
  const headline = title ? kept.findIndex((p, i) => i <= MAX_KICKERS && (squash(p) === squash(title) || headlineWithStamp(p, title))) : -1;
  if (headline >= 0 && kept.slice(0, headline).every((p) => p.split(/\s+/).length <= KICKER_WORDS)) kept.splice(0, headline + 1);
  if (kept.length) kept[kept.length - 1] = withoutSignOff(kept[kept.length - 1]);
  return kept.join('\n\n');
}

// The outlet's initials closing the story after its last full stop: "… he said. DM", "… on
// Friday. — AP". A mark of the desk, not a word of the story. (Capitals only, two to four, after a
// closed sentence: "… said the NHS" and "… in the US." stay.)
const SIGN_OFF = /(?<=[.!?]["'”’)]?)\s+[—–-]?\s*\p{Lu}{2,4}$/u;
function withoutSignOff(p: string): string {
  return p.replace(SIGN_OFF, '');
}

/**
 * The headline run into its stamp on one line, as templates without markup between them print
 * it: "Heidfeld 'very excited' about new BMW Monday, January 14th 2008, 11:33 GMT", "Junk food
 * ban comes into forcePublished: Wednesday, 2 January, 2008".
 */
function headlineWithStamp(p: string, title: string): boolean {
  const want = squash(title);
  if (!want || !squash(p).startsWith(want)) return false;
  // walk past the headline's letters and digits in the paragraph as written
  let seen = 0;
  let at = 0;
  while (at < p.length && seen < want.length) if (squash(p[at++])) seen++;
  const rest = p.slice(at).trim();
  return rest.length > 0 && isNewsFurniture(rest);
}

// A rail heading ends the story only once a story stands before it: a heading near the top
// ("Related" above a short brief) is a label, not the end. The rail itself may be longer
// than the story, so the share of the text before it says nothing.
function beforeRail(paragraphs: string[]): string[] {
  let before = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (before >= STORY_BEFORE && i >= 2 && isRailHeading(paragraphs[i])) return paragraphs.slice(0, i);
    before += paragraphs[i].length;
  }
  return paragraphs;
}

// The page's own box after the story, as the events stage reads a pasted page's trailer
// (furniture.ts): from the first template label ("Multimedia", "Tools", "Share this article") in
// the tail of short lines that close no sentence (a tools box's links: "PDF: Steelers vs. Ravens",
// "View PDF Now", "Larger text | Smaller text"), to the end. Short lines before that label stay (a
// story may close on a list), and so does a label with a story's sentence after it.
const TRAILER_LINE = 100;
function beforeTrailer(paragraphs: string[]): string[] {
  let label = -1;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i];
    if (isFurnitureLine(p)) label = i;
    else if (p.length > TRAILER_LINE || /[.!?…]["'”’)]?$/.test(p)) break;
  }
  return label < 0 ? paragraphs : cutTail(paragraphs, label);
}

// A section label over a list of links ("World News:", "Breaking Forex News") and the headlines
// under it: lines of a link's length that never close a sentence ("Merkel amused by fuss over
// gender in US race"), or the source-and-stamp line a feed prints under each ("Harbor Wire | Wed,
// Mar 6 2024, 07:50 GMT"). The label and its run go, wherever they stand (a box of headlines
// may sit above the story); a label with sentences after it is a subhead and stays. Where the
// headlines were already taken out as links (headlineLinks.ts leaves a mark for each), any short
// line over two or more of them is their label ("WANDERERS NEWS", "AMATEUR FOOTBALL ROUND-UP"),
// however the markup set it apart from them. (The marks go in cleanParagraphs, after the ticker
// rule has counted them: a menu's links taken out as headlines are still items of its run.)
const RAIL_ITEMS = 3;
const HEADLINE_CHARS = 120;
const GONE_ITEMS = 2;
const LABEL_WORDS = 6;
const LABEL_CHARS = 60;
const isHeadlineLine = (p: string) => p.length <= HEADLINE_CHARS && !/[.!?…;:,]["'”’)]?$/.test(p);
const isGone = (p: string) => p === HEADLINE_GONE;
const isShortLabel = (p: string) => p.length <= LABEL_CHARS && p.split(/\s+/).length <= LABEL_WORDS && !/[.!?…;,]["'”’)]?$/.test(p);
function withoutLabelledRails(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (isGone(paragraphs[i])) {
      // (kept for the ticker run, which counts a link taken out as one of its items)
      out.push(paragraphs[i]);
      continue;
    }
    let end = i + 1;
    while (end < paragraphs.length && isGone(paragraphs[end])) end++;
    if (end - i - 1 >= GONE_ITEMS && isShortLabel(paragraphs[i])) continue;
    end = i + 1;
    if (isNewsLabel(paragraphs[i])) while (end < paragraphs.length && (isHeadlineLine(paragraphs[end]) || isGone(paragraphs[end]))) end++;
    if (end - i - 1 >= RAIL_ITEMS) i = end - 1;
    else out.push(paragraphs[i]);
  }
  return out;
}

// A data widget in the story's box (a case counter, a results table, a stock ticker, a spec
// sheet) reads as a long run of lines of a word or three, none a sentence: "Mumbai3029",
// "Cases", "18,953 1038Active". A list a reader reads as story has items of a few words more
// ("5. Red wool mittens, Harbor Goods, $30").
const TICKER_LINE = 40;
const TICKER_WORDS = 3;
const TICKER_RUN = 8;
const isTickerLine = (p: string) =>
  p.length <= TICKER_LINE && p.split(/\s+/).length <= TICKER_WORDS && !/[.!?…。！？]["'”’)」]?$/.test(p);

function withoutTickers(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    let j = i;
    while (j < paragraphs.length && isTickerLine(paragraphs[j])) j++;
    if (j - i < TICKER_RUN) out.push(...paragraphs.slice(i, Math.max(j, i + 1)));
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The <article> holding the most text (teaser cards are articles too), else <main>, else <body>. */
function mainBox(doc: Document): Element | null {
  let best: Element | null = null;
  let size = 0;
  for (const a of doc.querySelectorAll('article')) {
    const n = (a.textContent ?? '').length;
    if (n > size) [best, size] = [a, n];
  }
  return best ?? doc.querySelector('main') ?? doc.body;
}
