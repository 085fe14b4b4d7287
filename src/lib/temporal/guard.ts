// A cheap test in front of a parser: when a sentence lacks the words a parser needs (a
// weekday parser needs "monday" or another day's name), the parser's full pattern, with its
// lookbehinds and long alternations, is not run over the sentence at all. Purely a speed
// device: a guard must accept every text the parser could match.
// The words are looked for once per sentence for all the guards: the sentence's runs of
// letters, in lower case, are looked up in a table of the word stems each one holds (a run is
// read once per text in which it is new: "said", "the" and "year" are looked up, not searched).
// A guard's own expression then runs only on a sentence holding one of its stems.
// Knows nothing of dates.

/** One sentence as the guards read it. */
export interface Cue {
  text: string;
  /** One bit for each stem list (wordsBit) of which the sentence holds a stem. */
  words: number;
  /** Whether the sentence holds a digit. */
  digit: boolean;
  /** Answers of the guards shared between parsers (shared()). */
  answers: Map<Guard, boolean>;
}

export type Guard = (cue: Cue) => boolean;

// the stem lists, one bit each (bitwise operators read 32 bits; the sign bit is left alone)
const lists: string[][] = [];
const listBits = new Map<string, number>();
// the bits of each run of letters seen; bounded, as a hostile text may hold any number of runs
const runBits = new Map<string, number>();
const MAX_RUNS = 20_000;

/** The bit standing for `stems` (lower-case letters): set in a cue whose sentence holds one of them. */
export function wordsBit(stems: readonly string[]): number {
  const key = stems.join('|');
  const known = listBits.get(key);
  if (known !== undefined) return known;
  if (stems.some((s) => !/^[a-z]+$/.test(s))) throw new Error(`a guard's stems are lower-case letters: ${key}`);
  if (lists.length === 31) throw new Error('more than 31 stem lists: merge some');
  lists.push([...stems]);
  runBits.clear();
  const bit = 1 << (lists.length - 1);
  listBits.set(key, bit);
  return bit;
}

function bitsOf(run: string): number {
  let bits = runBits.get(run);
  if (bits !== undefined) return bits;
  bits = 0;
  for (let i = 0; i < lists.length; i++) if (lists[i].some((stem) => run.includes(stem))) bits |= 1 << i;
  if (runBits.size >= MAX_RUNS) runBits.clear();
  runBits.set(run, bits);
  return bits;
}

const NOT_LETTERS = /[^a-z]+/;

// A regular expression matching ASCII letters case-blind matches them in the lower-case copy,
// within one run of letters: a stem found there is found in the run.
export function cueOf(text: string): Cue {
  let words = 0;
  for (const run of text.toLowerCase().split(NOT_LETTERS)) if (run) words |= bitsOf(run);
  return { text, words, digit: /\d/.test(text), answers: new Map() };
}

/**
 * A guard passing when `needs` matches the sentence. `stems`, when given, are lower-case
 * letters one of which every match of `needs` holds; with `digit`, a digit may stand instead.
 * A sentence with none of them is turned away without running `needs`.
 */
export function guard(needs: RegExp, stems?: readonly string[], digit = false): Guard {
  if (!stems) return digit ? (cue) => cue.digit && needs.test(cue.text) : (cue) => needs.test(cue.text);
  const bit = wordsBit(stems);
  return digit ? (cue) => ((cue.words & bit) !== 0 || cue.digit) && needs.test(cue.text) : (cue) => (cue.words & bit) !== 0 && needs.test(cue.text);
}

/** A guard passing when the sentence holds any of `stems` (lower-case letters), in any case. */
export function anyWord(stems: readonly string[]): Guard {
  const bit = wordsBit(stems);
  return (cue) => (cue.words & bit) !== 0;
}

/** A guard passing when all of `guards` pass, tried in order. */
export function all(...guards: Guard[]): Guard {
  return (cue) => guards.every((g) => g(cue));
}

/** `g`, asked once per sentence however many parsers use it. */
export function shared(g: Guard): Guard {
  const once: Guard = (cue) => {
    let answer = cue.answers.get(once);
    if (answer === undefined) cue.answers.set(once, (answer = g(cue)));
    return answer;
  };
  return once;
}
