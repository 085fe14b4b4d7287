// A cheap test in front of a parser: when a sentence lacks the words a parser needs (a
// weekday parser needs "monday" or another day's name), the parser's full pattern, with its
// lookbehinds and long alternations, is not run over the sentence at all. Purely a speed
// device: a guard must accept every text the parser could match.
// The words are looked for once per sentence for all the guards, in one pass over its letters
// through an automaton of every stem (Aho-Corasick), which sets one bit for each stem list a
// stem of which it meets. A guard's own expression then runs only on a sentence holding one
// of its stems. Knows nothing of dates.

/** One sentence as the guards read it. */
export interface Cue {
  text: string;
  /** One bit for each stem list (wordsBit) of which the sentence holds a stem. */
  words: number;
  /** Whether the sentence holds a digit. */
  digit: boolean;
  /** Whether it holds a digit directly followed by an ASCII letter ("3rd", "1990s", "10am"). */
  digitLetter: boolean;
  /** Whether it holds an ASCII letter directly followed by a digit ("Q3", "H1", "FY87"). */
  letterDigit: boolean;
  /** Whether it holds four digits in a row (a year, "2009-03-03", "1400 GMT"). */
  fourDigits: boolean;
  /** Whether it holds a slash ("7/8/2007", "Jan/Feb"). */
  slash: boolean;
  /** Whether it holds an apostrophe directly followed by a digit (a year cut short: "'87"). */
  quoteDigit: boolean;
  /** Whether it holds a digit, a hyphen, dot or slash, and a digit, in a row ("7/8", "12-24", "1.5"). */
  joinedDigits: boolean;
  /** Whether it holds a hyphen one or two characters after a digit ("1998-99", "1998 - 99", "12-24"). */
  hyphenAfterDigit: boolean;
  /** Whether it holds four digits directly followed by a hyphen ("2009-03-03"). */
  yearHyphen: boolean;
  /** Answers of the guards shared between parsers (shared()), by each one's number. */
  answers: (boolean | undefined)[];
}

export type Guard = (cue: Cue) => boolean;

// the stem lists, one bit each (bitwise operators read 32 bits; the sign bit is left alone)
const lists: string[][] = [];
const listBits = new Map<string, number>();
// lists asked for once the 31 bits were taken: each makes its guard lower-case every sentence it
// reads, a cost no output shows (a new guard should reuse a list already known)
const listsWithoutBit = new Set<string>();
/** The stem lists refused a bit (joined with "|"), for the test that keeps the tagger's guards fast. */
export const stemListsWithoutBit = (): readonly string[] => [...listsWithoutBit];

/**
 * The bit standing for `stems` (lower-case letters): set in a cue whose sentence holds one of
 * them. 0 once 31 lists have bits: the caller then looks for the stems itself (holds()).
 */
export function wordsBit(stems: readonly string[]): number {
  const key = stems.join('|');
  const known = listBits.get(key);
  if (known !== undefined) return known;
  if (stems.some((s) => !/^[a-z]+$/.test(s))) throw new Error(`a guard's stems are lower-case letters: ${key}`);
  if (lists.length === 31) {
    listsWithoutBit.add(key);
    return 0;
  }
  lists.push([...stems]);
  automaton = null;
  const bit = 1 << (lists.length - 1);
  listBits.set(key, bit);
  return bit;
}

// The automaton: for each state and letter a next state, and for each state the bits of the
// stems that end there (its own and those of its longest proper suffixes). Built when first
// needed after a list is added.
let automaton: { next: Int32Array; bits: Int32Array } | null = null;

function build(): { next: Int32Array; bits: Int32Array } {
  const children: number[][] = [new Array(26).fill(-1)];
  const own: number[] = [0];
  lists.forEach((stems, i) => {
    for (const stem of stems) {
      let state = 0;
      for (let k = 0; k < stem.length; k++) {
        const c = stem.charCodeAt(k) - 97;
        if (children[state][c] < 0) {
          children[state][c] = children.length;
          children.push(new Array(26).fill(-1));
          own.push(0);
        }
        state = children[state][c];
      }
      own[state] |= 1 << i;
    }
  });
  const next = new Int32Array(children.length * 26);
  const bits = new Int32Array(children.length);
  const fail = new Int32Array(children.length);
  // breadth first, so that a state's failure state is complete before it is read
  const queue: number[] = [];
  for (let c = 0; c < 26; c++) {
    const child = children[0][c];
    next[c] = child < 0 ? 0 : child;
    if (child > 0) queue.push(child);
  }
  bits[0] = own[0];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q];
    bits[state] = own[state] | bits[fail[state]];
    for (let c = 0; c < 26; c++) {
      const child = children[state][c];
      if (child < 0) next[state * 26 + c] = next[fail[state] * 26 + c];
      else {
        fail[child] = next[fail[state] * 26 + c];
        next[state * 26 + c] = child;
        queue.push(child);
      }
    }
  }
  return { next, bits };
}

// A regular expression matching ASCII letters case-blind matches only ASCII letters (without
// the u flag, "K" or "ſ" never match "k" or "s"), so a stem it matches is met in one run of
// ASCII letters, read here in lower case.
// (the marks a pattern cannot match without, read in the same pass: a guard that tests one
// before its expression turns a sentence away at the cost of a field read; regular
// expressions' \d is an ASCII digit, and a case-blind letter an ASCII letter, as above)
export function cueOf(text: string): Cue {
  const { next, bits } = (automaton ??= build());
  let words = 0;
  let digit = false;
  let digitLetter = false;
  let letterDigit = false;
  let fourDigits = false;
  let slash = false;
  let quoteDigit = false;
  let joinedDigits = false;
  let hyphenAfterDigit = false;
  let yearHyphen = false;
  let state = 0;
  // the run of digits just read (0 after a letter or any other character), and whether the
  // character before was a letter
  let digits = 0;
  let letter = false;
  // and whether it was an apostrophe (straight or curly)
  let quote = false;
  // where the last digit stands, and the last hyphen, dot or slash that came right after a digit
  let lastDigit = -3;
  let joinAt = -2;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c >= 97 && c <= 122) {
      state = next[state * 26 + c - 97];
      words |= bits[state];
      if (digits) digitLetter = true;
      digits = 0;
      letter = true;
      quote = false;
    } else {
      state = 0;
      if (c >= 48 && c <= 57) {
        digit = true;
        if (letter) letterDigit = true;
        if (quote) quoteDigit = true;
        if (joinAt === i - 1) joinedDigits = true;
        if (++digits === 4) fourDigits = true;
        lastDigit = i;
        quote = false;
      } else {
        if (c === 47) slash = true;
        if (c === 45 || c === 46 || c === 47) {
          if (digits) joinAt = i;
          if (c === 45) {
            if (i - lastDigit <= 2) hyphenAfterDigit = true;
            if (digits >= 4) yearHyphen = true;
          }
        }
        digits = 0;
        quote = c === 39 || c === 0x2019;
      }
      letter = false;
    }
  }
  return { text, words, digit, digitLetter, letterDigit, fourDigits, slash, quoteDigit, joinedDigits, hyphenAfterDigit, yearHyphen, answers: [] };
}

/** Guards passing on a mark of the sentence (cueOf), each one a pattern cannot match without. */
export const withDigitLetter: Guard = (cue) => cue.digitLetter;
export const withLetterDigit: Guard = (cue) => cue.letterDigit;
export const withFourDigits: Guard = (cue) => cue.fourDigits;
export const withSlash: Guard = (cue) => cue.slash;
export const withQuoteDigit: Guard = (cue) => cue.quoteDigit;
export const withDigit: Guard = (cue) => cue.digit;
export const withJoinedDigits: Guard = (cue) => cue.joinedDigits;
export const withHyphenAfterDigit: Guard = (cue) => cue.hyphenAfterDigit;
export const withYearHyphen: Guard = (cue) => cue.yearHyphen;

/**
 * A guard passing when `needs` matches the sentence. `stems`, when given, are lower-case
 * letters one of which every match of `needs` holds; with `digit`, a digit may stand instead.
 * A sentence with none of them is turned away without running `needs`.
 */
export function guard(needs: RegExp, stems?: readonly string[], digit = false): Guard {
  if (!stems) return digit ? (cue) => cue.digit && needs.test(cue.text) : (cue) => needs.test(cue.text);
  const has = holds(stems);
  return digit ? (cue) => (has(cue) || cue.digit) && needs.test(cue.text) : (cue) => has(cue) && needs.test(cue.text);
}

/** A guard passing when the sentence holds any of `stems` (lower-case letters), in any case. */
export function anyWord(stems: readonly string[]): Guard {
  return holds(stems);
}

function holds(stems: readonly string[]): Guard {
  const bit = wordsBit(stems);
  if (bit) return (cue) => (cue.words & bit) !== 0;
  // no bit left: the slow way, which finds at least what the automaton would
  return (cue) => {
    const lower = cue.text.toLowerCase();
    return stems.some((stem) => lower.includes(stem));
  };
}

// (every guard joins two: written out for two, a call of each and no array walked per sentence)
/** A guard passing when any of `guards` passes, tried in order. */
export function either(...guards: Guard[]): Guard {
  if (guards.length === 2) {
    const [first, second] = guards;
    return (cue) => first(cue) || second(cue);
  }
  return (cue) => guards.some((g) => g(cue));
}

/** A guard passing when all of `guards` pass, tried in order. */
export function all(...guards: Guard[]): Guard {
  if (guards.length === 2) {
    const [first, second] = guards;
    return (cue) => first(cue) && second(cue);
  }
  return (cue) => guards.every((g) => g(cue));
}

// how many shared guards there are: each keeps its answer at its own number in a cue's answers
let sharedGuards = 0;

/** `g`, asked once per sentence however many parsers use it. */
export function shared(g: Guard): Guard {
  const number = sharedGuards++;
  return (cue) => (cue.answers[number] ??= g(cue));
}
