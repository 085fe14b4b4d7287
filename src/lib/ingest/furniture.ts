// Page furniture: the lines a copied web page drags along that are not reporting ("COMMENTS",
// "Share this article", "Related: ...", "Advertisement"). Plain-text offsets must index the
// file, so furniture is never cut out of the text; this module only says where it is, and the
// events stage ignores sentences inside it. Must not know about sentences or events.

export interface Span {
  start: number;
  end: number;
}

// Whole lines only (anchored, one alternation of literal-ish words, no nested quantifiers).
// Each entry is a label a CMS prints, not article prose: they are too short to be a sentence.
const FURNITURE_LINE = new RegExp(
  '^(?:' +
    [
      '\\d*\\s*comments?(?: \\(\\d+\\))?',
      '(?:show|view|load|hide|read) (?:all )?comments?',
      '(?:leave|post|add) a comment',
      'join the (?:conversation|discussion)',
      'please let us know if you.re having (?:issues|trouble|problems) with commenting\\.?',
      'comments? (?:are|have been) closed\\.?',
      'share(?: this(?: article| story| page)?)?(?: on [a-z]+)?:?',
      'share via .{0,40}',
      'related(?: articles| stories| coverage| content| topics)?:.{0,200}',
      'related(?: articles| stories| coverage| content| topics)?',
      '(?:read|see) (?:more|also):?.{0,200}',
      'more (?:from|on|stories from) .{1,60}',
      'sign up (?:for|to) .{0,80}newsletters?.{0,80}',
      '(?:subscribe|newsletter)\\b.{0,120}',
      'advertisement|sponsored(?: content)?|ad',
      'follow us on .{1,80}',
      '(?:copyright|\\u00a9) .{0,200}',
      'all rights reserved\\.?',
      'tags?: .{0,200}',
      'topics?: .{0,200}',
      'click here .{0,120}',
      'print(?: this (?:article|page))?',
      'email(?: this (?:article|story))?',
      'back to top',
    ].join('|') +
    ')$',
  'i',
);

// A line short enough, and without a full stop, to be a headline in a "Related" list: link
// lists never end in a period, reporting does.
const SHORT_LINE = 100;
const ENDS_SENTENCE = /[.!?…]["'”’)]?$/;

export function isFurnitureLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 240 && FURNITURE_LINE.test(t);
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return out;
}

/**
 * Where furniture sits in `text`: the trailing block (from the first furniture label after
 * which only labels, blank lines and short headline-like lines follow) and any furniture line
 * standing alone elsewhere ("Advertisement" between paragraphs). Sorted, non-overlapping.
 */
export function furnitureSpans(text: string): Span[] {
  const all = lines(text);
  // Walk back over the trailer: labels, blanks and short lines (the headlines a "Related:"
  // label introduces). Short lines before the first label stay content.
  let trailStart = all.length;
  let firstLabel = -1;
  for (let i = all.length - 1; i >= 0; i--) {
    const t = all[i].text.trim();
    if (isFurnitureLine(t)) firstLabel = i;
    else if (t.length > SHORT_LINE || ENDS_SENTENCE.test(t)) break;
    trailStart = i;
  }
  const spans: Span[] = [];
  const blockFrom = firstLabel >= 0 && firstLabel >= trailStart ? firstLabel : all.length;
  for (let i = 0; i < blockFrom; i++) {
    if (isFurnitureLine(all[i].text)) spans.push({ start: all[i].start, end: all[i].end });
  }
  if (blockFrom < all.length) spans.push({ start: all[blockFrom].start, end: text.length });
  return spans;
}
