// "Michael Jackson died in June 2009 after suffering a cardiac arrest Jackson's mother filed the
// lawsuit in September 2010 ...", "Dr Murray speaking on 18 August: I told the truth Bottles of
// propofol found in the house show ...": a page that sets a picture's caption at the head of a
// paragraph loses the break between them when its text is taken, and the caption runs on into the
// body's first sentence with no stop. A reader sees where the body starts: a word in small letters,
// then, with one space and no stop, a capitalised word that only opens a sentence — "The", "His",
// "Under", a capitalised plural ("Bottles of"), or a name's possessive with its noun and verb
// ("Jackson's mother filed"). The caption retells what the story tells in full; a date in it, before
// that point, is no event of its own. The body's dates after it keep theirs.
// Must not know about labels, statuses or how timexes were found.
import type { Span, Word } from '../analysis';
import type { Timex } from '../document';

// words that open a sentence and sit inside no name mid-sentence
// (not a subordinator, "When", "While", "After": a clause it opens hangs on the next, and a
// sentence that lost its stop before one is as often a writer's slip as a caption's end)
const OPENER = /^(?:The|A|An|His|Her|Its|Their|Our|He|She|They|We|It|This|These|Those|Under|But|However|Meanwhile)$/;
// what may not end the caption: a word that leads into a name ("of", "and", "said", "the")
const LEADS_INTO_NAME = /^(?:of|and|or|the|a|an|to|for|from|with|by|at|in|on|as|than|said|says|told|tells|like|via|v|vs|between)$/i;
// a word in small letters, one space, and a sentence's opener, a capitalised plural before "of" or a
// name's possessive before a word in small letters
const JOINT = new RegExp(String.raw`\p{Ll} (?:${OPENER.source.slice(4, -2)}) \p{Ll}|\p{Ll} \p{Lu}\p{Ll}+s of\b|\p{Ll} \p{Lu}[\p{L}.-]*['’]s \p{Ll}`, 'u');
// (the caption is short: the head of a paragraph, not a sentence's middle)
const CAPTION_WORDS = 30;

/** Where a caption at the head of the paragraph runs on into the body, if it does. */
function runOnPoint(text: string, sentence: Span, words: readonly Word[]): number | null {
  if (sentence.start > 0 && text[sentence.start - 1] !== '\n' && !/\n\s*$/.test(text.slice(Math.max(0, sentence.start - 3), sentence.start))) return null;
  const own = words.filter((w) => w.end > w.start && w.start >= sentence.start && w.end <= sentence.end);
  for (let i = 0; i + 1 < own.length && i < CAPTION_WORDS; i++) {
    const [a, b, c, d] = [own[i], own[i + 1], own[i + 2], own[i + 3]];
    // (the caption ends on a noun in small letters: "cardiac arrest", "the truth", "earlier this
    // week"; a verb or a preposition before capitals leads into a name: "left The Mike Douglas
    // Show", "after Gaddafi's forces fired"; a year before capitals ends a profile box's line as
    // often: "fled to Qatar in late July 2012 They defected ...")
    if (text.slice(a.end, b.start) !== ' ' || !/^\p{Ll}[\p{Ll}’'.-]*$/u.test(a.text) || LEADS_INTO_NAME.test(a.text) || a.pos !== 'noun') continue;
    // (the caption tells something with a verb of its own: "On Monday the campaign group Friends of
    // the Earth said" has none before the capitals, and is one sentence)
    if (!own.slice(0, i + 1).some((w) => w.pos === 'verb' || w.pos === 'auxiliary')) continue;
    // (an opener before small letters: "The judge said", not "The Times Union")
    if (OPENER.test(b.text) && c && /^\p{Ll}/u.test(c.text)) return b.start;
    // ("Bottles of propofol": a capitalised plural, "of" after it)
    if (/^\p{Lu}\p{Ll}+s$/u.test(b.text) && b.pos === 'noun' && c && c.text === 'of') return b.start;
    // ("Jackson's mother filed": a name's possessive, its noun and a verb; not after a date word,
    // "In an interview last week Apple's chief said" being one sentence)
    if (!a.date && b.proper && b.possessive && /^\p{Lu}/u.test(b.text) && c?.pos === 'noun' && d && d.pos === 'verb' && (d.form === 'past' || d.form === 'present')) return b.start;
  }
  return null;
}

const SENTENCE_END = /[.!?]["”’']?\s+\p{Lu}/u;
/** Whether a sentence ends between the start of `at`'s line and `at`. */
function sentenceEndsBefore(text: string, at: number): boolean {
  // (read back in growing windows, not from the line's start: on a long text of one line, asked
  // for each date, that read was quadratic; an end found in the nearer part is in the line too)
  for (let reach = 256; ; reach *= 2) {
    const from = Math.max(0, at - reach);
    const part = text.slice(from, at);
    const lineBreak = part.lastIndexOf('\n');
    if (SENTENCE_END.test(lineBreak >= 0 ? part.slice(lineBreak + 1) : part)) return true;
    if (lineBreak >= 0 || from === 0) return false;
  }
}

/** Whether `timex` lies in a caption run on into the body at the head of its paragraph. */
export function runOnCaption(text: string, statement: Span, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  // (read off the text first: the words are read only where a line's first sentence holds such a
  // joint after the date, so the tagging of other sentences is not asked for)
  if (!JOINT.test(text.slice(timex.end - 1, Math.min(text.length, timex.end + 240)).split(/[.!?]["”’']?\s|\n/)[0]) || sentenceEndsBefore(text, timex.start)) return false;
  const words = wordsOf();
  if (!words.length) return false;
  const sentence = { start: Math.min(statement.start, words[0].start), end: Math.max(statement.end, words[words.length - 1].end) };
  const at = runOnPoint(text, sentence, words);
  return at !== null && timex.end <= at;
}
