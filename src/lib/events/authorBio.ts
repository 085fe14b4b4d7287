// The writer's biography a web page keeps at the story's end: "Chris is a veteran journalist and
// the author of ... He moved to the U.S. in 1996, and became senior news writer a year later. In
// 2000, he was named bureau chief", "Frederic was with TechCrunch from 2012 through 2025. He also
// founded ...", "Jane Roe, a reporter at The Courier since 1997, covers ...". Outlets set the
// author's box after the copy: a paragraph opening on the writer's name and what the writer is (a
// reporter, a writer, an editor, a columnist), what the writer covers, or the outlet the writer was with,
// then at most a few short lines (an e-mail, a handle) before the text ends. The years of a
// career told there are the writer's, no happening of the story. A story that tells of a
// journalist in its body has more copy after, or opens its closing paragraph otherwise, and keeps
// its dates. Must not know about labels, statuses or how timexes were found.
import type { Timex } from '../document';

// the box stands in the text's last characters
const REACH = 1600;
// and its paragraphs are few
const MOST_PARAGRAPHS = 4;
// what a writer is
const WRITER = String.raw`(?:journalist|reporter|writer|editor|correspondent|columnist|blogger)s?`;
// the writer's name (a first name alone, or up to three capitalised words), then what the writer
// is, covers or was with
const OPENS_BIO = new RegExp(
  String.raw`^\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){0,2}(?:\s+is\s+(?:a|an|the)\s+[^.\n]{0,80}?\b${WRITER}\b|,\s+(?:a|an|the)\s+[^.,\n]{0,80}?\b${WRITER}\b[^.,\n]{0,60},\s+(?:covers|writes|reports|joined|previously|also)\b|\s+(?:covers|has\s+covered|writes\s+(?:about|for|on)|has\s+written\s+(?:about|for))\s|\s+(?:was|has\s+been)\s+with\s+(?:the\s+)?\p{Lu})`,
  'u',
);

/** Whether `timex` stands in the writer's biography closing the text (see above). */
export function authorBio(text: string, timex: Timex): boolean {
  if (text.length - timex.start > REACH) return false;
  const offset = Math.max(0, text.length - REACH);
  // the starts of the lines with words, from the reach to the text's end
  const starts: number[] = [];
  let i = offset === 0 ? 0 : text.indexOf('\n', offset) + 1;
  // (a text with no line break in its last characters has no box there)
  if (i === 0 && offset > 0) return false;
  for (;;) {
    if (/^[ \t]*\S/.test(text.slice(i, i + 40))) starts.push(i);
    const next = text.indexOf('\n', i);
    if (next < 0) break;
    i = next + 1;
  }
  let at = -1;
  for (let k = 0; k < starts.length && starts[k] <= timex.start; k++) at = k;
  if (at < 0) return false;
  // (the date's paragraph and those after it, and the box's first paragraph up to two before)
  for (let k = at; k >= Math.max(0, at - 2); k--) {
    if (starts.length - k > MOST_PARAGRAPHS) return false;
    if (OPENS_BIO.test(text.slice(starts[k], starts[k] + 200).trimStart())) return true;
  }
  return false;
}
