// "He fought pancreatic cancer": a label opening on "he" or "she" names no one once it stands
// alone on the timeline. News names the person in the sentence before and then goes on with
// the pronoun, so the first person named there stands in for it. Must not know about dates.
import type { Word } from '../analysis';

const PERSONAL = /^(He|She)\s+/;
const TITLE = /^(?:Sen|Rep|Mr|Mrs|Ms|Mx|Dr|Gov|Gen|Prof|Rev|Sgt|Lt|Col|Capt)\.?$/i;

/** The person's name as written (possessive dropped), or null when none is named. */
function firstPerson(words: readonly Word[]): string | null {
  // a title before the name is not part of it for a label: "Sen. Ada Brooks" -> "Ada Brooks"
  const i = words.findIndex((w) => w.person && w.end > w.start && !TITLE.test(w.text));
  if (i < 0) return null;
  let j = i;
  while (j + 1 < words.length && words[j + 1].person && words[j + 1].end > words[j + 1].start && j - i < 3) j++;
  const name = words.slice(i, j + 1).map((w) => w.text.replace(/['’]s$/, '')).join(' ');
  return /^\p{Lu}/u.test(name) ? name : null;
}

/** The label with its opening "He"/"She" replaced by the person named in the sentence before. */
export function withNamedPerson(label: string, previous: () => readonly Word[] | null): string {
  const m = PERSONAL.exec(label);
  if (!m) return label;
  const words = previous();
  const name = words ? firstPerson(words) : null;
  return name ? `${name} ${label.slice(m[0].length)}` : label;
}
