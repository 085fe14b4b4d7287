// Other stories listed after the story: a rail of teasers, each a headline over the opening
// sentence of another story, with its own dateline ("India marks 60th Army Day" / "New Delhi, Jan
// 15 (ANI): The Indian Army on Tuesday commemorated ...") or cut off by the template ("Lab
// announces breakthrough" / "Scientists ... announced on Thursday that the..."). A story carries
// one dateline, at its top, and closes its sentences; two or more paragraphs that open on a
// dateline or end cut off, with only short headline lines between them and nothing after them,
// open other stories. The run is cut from the first teaser's headline to the end.
// Must not know about the DOM or dates' values.

// "New Delhi, Jan 15 (ANI):", "SALMON, Idaho, Jan. 17 (Reuters) -", "Kolkata, Jan 15:" — a place,
// a month and day, an agency in brackets, then a colon or a dash.
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
const DATELINE = new RegExp(
  `^\\p{Lu}[\\p{L}.' -]{1,30}(?:,\\s*\\p{Lu}[\\p{L}.' ]{1,25})?,?\\s+${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*(?:\\(\\s*[\\p{L}][\\p{L}\\s-]{0,20}\\)\\s*)?[:—–-]\\s`,
  'iu',
);
// A teaser's headline, or the rail's label over the run ("More", "More in South Asia").
const SHORT_LINE = 100;
const isShortLine = (p: string) => p.length <= SHORT_LINE && !/[.!?…]["'”’)]?$/.test(p);
// A story's own text must stand before the run, in paragraphs of its own: a page of one-paragraph
// briefs, each on its dateline, is all items and no rail.
const MIN_TEASERS = 2;
const STORY_BEFORE = 200;
const STORY_PARAGRAPHS = 2;

export const opensOnDateline = (p: string) => DATELINE.test(p);
// A teaser's blurb is the other story's opening cut off mid-sentence by the template ("... and
// that the...", "... to the International Space…"): a word, then the ellipsis, no full stop.
const CUT_OFF = /[\p{L}\p{N},]\s?(?:\.{3}|…)$/u;
const isTeaser = (p: string) => opensOnDateline(p) || (p.length > SHORT_LINE && CUT_OFF.test(p));

/** The paragraphs before a run of dateline-led teasers, or all of them where there is none. */
export function beforeTeaserRun(paragraphs: string[]): string[] {
  // the story's own dateline is its first paragraph's: look past it
  const first = paragraphs.findIndex((p) => !isShortLine(p));
  const led = paragraphs.map((p, i) => i > first && isTeaser(p));
  for (let i = 0; i < paragraphs.length; i++) {
    if (!led[i]) continue;
    // the run: dateline-led paragraphs with only short lines between them, to the end
    let count = 0;
    let j = i;
    for (; j < paragraphs.length; j++) {
      if (led[j]) count++;
      else if (!isShortLine(paragraphs[j])) break;
    }
    if (count < MIN_TEASERS || j < paragraphs.length) continue;
    let start = i;
    while (start > 0 && isShortLine(paragraphs[start - 1])) start--;
    const kept = paragraphs.slice(0, start);
    if (kept.join(' ').length >= STORY_BEFORE && kept.filter((p) => !isShortLine(p)).length >= STORY_PARAGRAPHS) return kept;
  }
  return paragraphs;
}
