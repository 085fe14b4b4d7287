// A cheap test in front of a parser: when a sentence lacks the words a parser needs (a
// weekday parser needs "day"), the parser's full pattern, with its lookbehinds and long
// alternations, is not run over the sentence at all. Purely a speed device: a guard must
// accept every text the parser could match.
// A guard's own expression runs over the whole sentence, so the cheaper ones come first: a
// plain word looked for in the sentence's lower-case copy (made once per sentence), and a
// test several parsers share (a unit of time) made once per sentence for all of them.
// Knows nothing of dates.

/** One sentence as the guards read it. */
export interface Cue {
  text: string;
  /** `text` in lower case, made once for all the guards of the sentence. */
  lower: string;
  /** Answers of the guards shared between parsers (shared()). */
  answers: Map<Guard, boolean>;
}

export type Guard = (cue: Cue) => boolean;

export function cueOf(text: string): Cue {
  return { text, lower: text.toLowerCase(), answers: new Map() };
}

/**
 * A guard passing when `needs` matches the sentence. `words`, when given, are lower-case
 * strings one of which every match of `needs` contains (looked for first, in `lower`): a
 * sentence with none of them is turned away without running `needs`.
 */
export function guard(needs: RegExp, words?: readonly string[]): Guard {
  if (!words) return (cue) => needs.test(cue.text);
  return (cue) => {
    for (const word of words) if (cue.lower.includes(word)) return needs.test(cue.text);
    return false;
  };
}

/** A guard passing when any of the lower-case `words` stands in the sentence. */
export function anyWord(words: readonly string[]): Guard {
  return (cue) => {
    for (const word of words) if (cue.lower.includes(word)) return true;
    return false;
  };
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
