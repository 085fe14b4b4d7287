// Whether a text reads as English: the share of its words that are English's commonest function
// words ("the", "of", "and", "said" ...). English news runs at a quarter or more; French, German,
// Spanish or Italian share a few short words with it ("a", "on", "die") and stay far below; a
// text in another script has none. Read over the whole text, so an English story quoting a line
// of French stays English. Must not know about dates or events.
const FUNCTION_WORDS = new Set(
  'the of and to in a is that for on was with he it as at by said his from has have are be this an not but they who will were had would their been which its or after she her more than also we i you'.split(' '),
);
// (below this many letters the share says little: a headline, a caption; letters, not words,
// since Japanese or Chinese write no spaces between words)
const ENOUGH_LETTERS = 150;
// Measured per article: MEANTIME 0.21 and above, Timeline17 0.25, L3S-GN1's 621 English pages
// 0.12 (a racing card of names) and above; postlight's German, French and Japanese pages 0.07
// and below.
const ENGLISH_SHARE = 0.09;
// A page in another script may carry a few English words (code, brand names): most of its
// letters are still not Latin.
const LATIN_SHARE = 0.5;

export function englishShare(text: string): { letters: number; share: number; latin: number } {
  let words = 0;
  let common = 0;
  let letters = 0;
  let latin = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    words++;
    letters += m[0].length;
    latin += m[0].match(/\p{Script=Latin}/gu)?.length ?? 0;
    if (FUNCTION_WORDS.has(m[0].toLowerCase())) common++;
  }
  return { letters, share: words ? common / words : 0, latin: letters ? latin / letters : 0 };
}

/** Whether `text` reads as English (a text too short to tell does). */
export function readsAsEnglish(text: string): boolean {
  const { letters, share, latin } = englishShare(text);
  return letters < ENOUGH_LETTERS || (share >= ENGLISH_SHARE && latin >= LATIN_SHARE);
}
