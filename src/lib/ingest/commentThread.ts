// Where a page's reader comments begin. A saved or pasted news page often drags its comment
// thread along after the story; readers' words are no reporting, and their stamps would date
// nothing the story tells. A thread is known by the marks comment systems print on every
// comment: "At 4:16 pm on 18 Jan 2010, Riverfan wrote:" (or "At 16:16 18th Jan 2010, ..."),
// "February 1, 2011 at 5:20 pm |" (or "March 1, 2011 08:15 am at 8:15 am |"), "| Reply", "Report abuse" ("Report this comment"), or two lines opening "10th March
// 2012 - 11:19". A date and time alone ("struck on
// January 12, 2010 at 4:53 pm") is prose: the pipe after it is the comment system's. Must not
// know about sentences or events.

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const COMMENT_MARK = new RegExp(
  `\\bAt \\d{1,2}:\\d{2}(?: ?[ap]\\.?m\\.? on)? \\d{1,2}(?:st|nd|rd|th)? ${MONTH} \\d{4} ?, ?\\S{1,30} wrote ?:` +
    `|\\b${MONTH} \\d{1,2}, \\d{4},?(?: \\d{1,2}:\\d{2} ?[ap]\\.?m\\.?)? at \\d{1,2}:\\d{2} ?[ap]\\.?m\\.?\\s*\\|` +
    `|\\| ?Reply\\b|\\bReport (?:abuse|this comment)\\b`,
  'i',
);

// BBC's later threads stamp each comment with its day and clock and nothing else: "10th March
// 2012 - 11:19 In ten years we'll ...". One such line could be a live page's entry; a thread
// prints at least two, and starts at the first.
const DAY_CLOCK_MARK = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th) ${MONTH} \\d{4} - \\d{1,2}:\\d{2}\\b`, 'gi');

/** Offset of the first comment mark in `text`, or null when the page carries no thread. */
export function commentThreadStart(text: string): number | null {
  const m = COMMENT_MARK.exec(text);
  const stamps = [...text.matchAll(DAY_CLOCK_MARK)];
  const stamped = stamps.length >= 2 ? stamps[0].index : null;
  if (m && stamped !== null) return Math.min(m.index, stamped);
  return m ? m.index : stamped;
}
