// Sentence spans of news prose: the one splitter of the pipeline (the tagger cuts its pieces
// from it, the events stage reads its sentences). One linear pass; no regex runs over more than one token.
// Must not know about dates or events. Limits: a sentence is cut at MAX_SENTENCE characters so
// the stages after this one do bounded work per sentence, whatever the input.

export interface Span {
  start: number;
  end: number;
}

export const MAX_SENTENCE = 1200;

// Words that end in a period without ending the sentence: titles before names (and a case's
// "v.", the "versus" between its parties: "Roe v. Wade")...
const TITLES = new Set(
  'v mr mrs ms mx dr rep reps sen sens gov gen lt col sgt capt cmdr adm maj prof rev hon pres supt det insp fr st mt ft messrs mmes msgr sr jr no nos vol art sec dept univ ave blvd rd'.split(' '),
);
// ...month abbreviations before a day number ("Jan. 6")...
const MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
// ...and abbreviations that may or may not end a sentence ("the U.S. Senate" / "with the U.S.
// The talks..."): they end it only when a typical sentence opener follows.
const AMBIGUOUS = new Set('inc corp co ltd llc plc bros vs etc approx est'.split(' '));
const OPENERS = new Set(
  'the a an he she it they we i you but and in on at this that these those his her its their our there when while after before some many most if as according officials meanwhile however still yet so then now last next earlier later police authorities'.split(
    ' ',
  ),
);

const CLOSERS = '"\'”’)]»';
const TERMINATORS = '.!?…';

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\n';
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();

/** The word just before `dot` (without leading punctuation), e.g. "U.S" or "Rep". */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && dot - i < 30 && !isSpace(text[i - 1])) i--;
  return text.slice(i, dot).replace(/^[("'“‘[]+/, '');
}

function wordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < 30 && /[A-Za-z]/.test(text[j])) j++;
  return text.slice(i, j).toLowerCase();
}

/** Whether a period at `dot`, followed by `next` at index `n`, ends the sentence. */
function periodEnds(text: string, dot: number, n: number): boolean {
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  const next = text[n];
  if (TITLES.has(lower)) return false;
  if (/^[A-Z]$/.test(word)) return false; // an initial: "John F. Kennedy"
  if (MONTHS.has(lower)) return !/[0-9]/.test(next);
  if (AMBIGUOUS.has(lower) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) {
    // "6:40 p.m. (GMT+8)": an aside in brackets after the abbreviation still belongs to it
    const w = next === '(' || next === '[' ? n + 1 : n;
    return !/[A-Za-z]/.test(text[w]) || OPENERS.has(wordAt(text, w));
  }
  return true;
}

/** Sentence spans in text[from, to), trimmed of surrounding whitespace. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  // Jump from one line break or terminator to the next: the regex engine scans far faster than
  // a character loop, which matters on multi-megabyte input.
  const interesting = /[\n.!?…]/g;
  let found = -1; // the last match, reused while it lies ahead (a long run-on is cut many times)
  let i = from;
  while (i < to) {
    if (found < i) {
      interesting.lastIndex = i;
      found = interesting.exec(text)?.index ?? Infinity;
    }
    const next = Math.min(found, to);
    if (next - start > MAX_SENTENCE) {
      // Cut between words near the bound (or hard at the bound in wordless junk).
      let cut = start + MAX_SENTENCE;
      while (cut > start + MAX_SENTENCE - 200 && !isSpace(text[cut])) cut--;
      push(isSpace(text[cut]) ? cut : start + MAX_SENTENCE);
      i = start;
      continue;
    }
    if (next >= to) break;
    i = next;
    const c = text[i];
    if (c === '\n') {
      // A line break ends a sentence unless the next line carries on in lower case
      // (hard-wrapped prose); a blank line always does.
      let n = i + 1;
      let blank = false;
      for (; n < to && isSpace(text[n]); n++) if (text[n] === '\n') blank = true;
      if (blank || n >= to || !isLower(text[n])) push(i);
      i = n;
      continue;
    }
    let j = i + 1;
    while (j < to && (TERMINATORS.includes(text[j]) || CLOSERS.includes(text[j]))) j++;
    if (j >= to) break;
    if (isSpace(text[j])) {
      let n = j;
      while (n < to && isSpace(text[n]) && text[n] !== '\n') n++;
      if (n < to && text[n] !== '\n' && !isLower(text[n]) && (c !== '.' || periodEnds(text, i, n))) push(j);
    }
    i = j;
  }
  push(to);
  return out;
}
