// Dates printed by a story's headline that are not the story's stamp. A template's fact box
// names what its date is ("UK cinema release date: 11 January 2008", "Closing date:"); a CMS's
// fields name the moment the page was served or expires ("Current DateTime: 08:48:59 23 Sep
// 2011", "Expiration DateTime: 9/23/2011 8:51:17 PM"); and a wire photo's caption dates the
// photograph ("FILE - In this March 2, 2011 file photo, …", "In this photo taken Jan. 4, 2011"):
// a picture may be months older than the story it illustrates. Only the fields that name the
// page (publication, posting, print, story, upload) date the page. Must not know about the DOM.

// "<thing> date:", "<thing> DateTime:", "<thing> time:", a clock allowed between the label and the day
// (a template may run the label into the field before it: "Documentid: 23279717Expiration DateTime:")
const FIELD = /([a-z]+)\s+date\s*(?:time)?\s*:\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?\s*)?)?$/i;
const PAGE_FIELD = /(?:publish\w*|publication|posted|post|story|article|print|issue|news|filing|upload\w*)$/i;
// a caption's demonstrative before the day ("In this …", "this Jan. 4 photo") and its photo words
const CAPTION_BEFORE = /\b(?:in\s+this|this|in\s+these|photo(?:graph)?s?\s+(?:taken|made|shot)(?:\s+on)?|file\s+photo\s+(?:taken|from)(?:\s+on)?)\s*,?\s*$/i;
// (a credit after a byline's stamp is not a caption: "by Ann Lee - May 3 2011 photo by Bo Li")
const CAPTION_AFTER = /^,?\s*(?:file\s+)?(?:photo(?:graph)?|picture|image)s?\b(?!\s*(?:by|credit|courtesy)\b|\s*:)/i;

/** Whether the date between `before` and `after` is a field of something else or a photo's. */
export function datesOtherThing(before: string, after: string): boolean {
  const field = FIELD.exec(before)?.[1];
  if (field && !PAGE_FIELD.test(field)) return true;
  return CAPTION_BEFORE.test(before) || CAPTION_AFTER.test(after);
}
