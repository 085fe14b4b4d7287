// Is a label whole? Named checks a reader's objections map onto ("cut inside a word", "ends on
// 'said'", "starts with 'which'"), each a pure function of the label, the article text and the
// gold label it was matched to (if any), plus a token-overlap F1 with that gold label. Knows
// nothing of matching or printing.
import { EVENT_NOUNS, IRREGULAR_VERBS, VERB_STEMS } from './lexicon';

export interface LabelContext {
  /** The article text, to tell a word cut short from a whole one. */
  text: string;
  /** The gold label of the matched event, or null for an unmatched one. */
  gold: string | null;
}

export type LabelCheck = (label: string, ctx: LabelContext) => boolean;

const tokens = (s: string) => s.split(/\s+/).filter(Boolean);
const bare = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const lastWord = (s: string) => bare(tokens(s).at(-1) ?? '').toLowerCase();
const firstWord = (s: string) => bare(tokens(s)[0] ?? '');

// "off", "over", "up", "out" are left out: as particles they end whole clauses ("took six months off"),
// and "like" ends "what having no hope is like".
const PREPOSITIONS = ['about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'around', 'as', 'at', 'before', 'behind', 'below', 'beside', 'between', 'beyond', 'by', 'despite', 'during', 'for', 'from', 'in', 'inside', 'into', 'near', 'of', 'on', 'onto', 'per', 'since', 'than', 'through', 'throughout', 'to', 'toward', 'towards', 'under', 'until', 'upon', 'via', 'with', 'within', 'without'];
const ARTICLES = ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your'];
const CONJUNCTIONS = ['and', 'or', 'but', 'nor', 'so', 'yet', 'while', 'whereas', 'because', 'although', 'though', 'if', 'when', 'where', 'which', 'who', 'whom', 'whose'];
const AUXILIARIES = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to'];
const SAYING = ['said', 'says', 'say', 'told', 'added', 'noted', 'stated', 'according'];
const DANGLING_END = new Set([...PREPOSITIONS, ...ARTICLES, ...CONJUNCTIONS, ...AUXILIARIES]);
/** Words that only ever stand beside a date: left alone, a date was cut from behind them. */
const DATE_ORPHANS = new Set(['on', 'in', 'at', 'by', 'since', 'until', 'till', 'from', 'during', 'last', 'next', 'this', 'early', 'late', 'mid', 'earlier', 'later', 'ago', 'before', 'after', 'through', 'as of', 'of']);
const DATE_WORDS = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:jan|feb|aug|sept?|oct|nov|dec)\.|\b(?:today|tonight|yesterday|tomorrow)\b|\b(?:1[89]|20)\d\d\b(?!s)/i;
const RELATIVE_START = new Set(['which', 'that', 'who', 'whom', 'whose', 'where', 'when', 'while', 'because', 'although', 'though', 'after', 'before', 'since', 'as', 'to', 'and', 'but', 'or', 'if', 'until', 'unless']);
const PRONOUN_START = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'them', 'him']);
const ACRONYM = /^\p{Lu}{2,}$/u;
const AN_EXCEPTIONS = /^(?:hour|honou?r|honest|heir)/i;
const A_EXCEPTIONS = /^(?:uni|use|usu|eu|one|once|u\.|ur)/i;

/** The checks, by the name the report prints when one fails. */
export const LABEL_CHECKS: Record<string, LabelCheck> = {
  capitalised: (l) => /^["“'‘(]?[\p{Lu}\p{N}]/u.test(l),
  short: (l) => tokens(l).length <= 14,
  'not cut off': (l) => !/(?:…|\.\.\.)\s*$/.test(l),
  'whole words': (l, { text }) => [firstWord(l), bare(tokens(l).at(-1) ?? '')].every((w) => !cutShort(w, text)),
  // "said" may close a label after its speaker ("…, a strategist says"), not after a comma or alone.
  'no dangling end': (l) => !DANGLING_END.has(lastWord(l)) && !/[,;:—–-]\s*$/.test(l) && !(SAYING.includes(lastWord(l)) && /(?:^|[,;:—–]\s*)\S+\s*$/.test(l.replace(/[.…]+\s*$/, ''))),
  'no orphan date word': (l) => !DATE_ORPHANS.has(lastWord(l)) && !/\b(?:on|in|at|by|since|until|from|during)\s*(?:[,.;:)]|\b(?:and|or|but)\b)/i.test(l),
  'no date words': (l) => !DATE_WORDS.test(l),
  'has a verb or event noun': (l) => {
    const words = tokens(l).map((w) => bare(w).toLowerCase());
    return words.some((w, i) => isVerbOrEventNoun(w, i) || presentTense(w, words[i - 1]) || pluralPresent(w, words[i - 1]));
  },
  // ("As many as 200 people died" opens on a quantity, not on a clause of time or reason)
  // ("WHO declared a pandemic", "IT staff walked out": a word in capitals is an acronym's name)
  'no relative start': (l) => !RELATIVE_START.has(firstWord(l).toLowerCase()) || /^As (?:many|much|few|little) as\b/i.test(l) || ACRONYM.test(firstWord(l)),
  'no unresolved pronoun': (l, { gold }) => {
    const first = firstWord(l).toLowerCase();
    return !PRONOUN_START.has(first) || (gold !== null && firstWord(gold).toLowerCase() === first) || ACRONYM.test(firstWord(l));
  },
  'article agrees': (l) => {
    const m = /^(an?)\s+(\S+)/i.exec(l);
    if (!m) return true;
    const vowel = /^[aeiou]/i.test(m[2]);
    return m[1].toLowerCase() === 'an' ? vowel || AN_EXCEPTIONS.test(m[2]) : !vowel || A_EXCEPTIONS.test(m[2]);
  },
};

/** Words a label writes for the article's signs and abbreviations ("%" -> "percent"). */
const REWRITES = new Set(['percent', 'cent', 'dollars', 'euros', 'pounds', 'billion', 'million', 'thousand']);

/** Endings a label may drop or change when it rewrites the article's verb ("resigned" -> "resign"). */
const INFLECTION = /^(?:s|es|d|ed|ing|er|ers|r|n|en|ly|'s|’s)$/i;

/** A word the text never has whole but only as the start of a longer word, not by an inflection. */
function cutShort(word: string, text: string): boolean {
  if (word.length < 4 || !/^\p{L}+$/u.test(word) || isVerbOrEventNoun(word.toLowerCase(), 1) || REWRITES.has(word.toLowerCase())) return false;
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`(?<![\\p{L}])${esc}(?![\\p{L}])`, 'iu').test(text)) return false;
  const rests = [...text.matchAll(new RegExp(`(?<![\\p{L}])${esc}(\\p{L}+)`, 'giu'))].map((m) => m[1]);
  return rests.length > 0 && rests.every((r) => !INFLECTION.test(r));
}

export function isVerbOrEventNoun(w: string, position: number): boolean {
  if (!w) return false;
  if (AUXILIARIES.includes(w) && w !== 'to') return true;
  if (IRREGULAR_VERBS.has(w) || EVENT_NOUNS.has(w) || VERB_STEMS.has(w)) return true;
  if (EVENT_NOUNS.has(w.replace(/s$/, ''))) return true;
  // ("sued", "owed", "used": four letters are enough for a past)
  if (position > 0 && /ed$/.test(w) && w.length >= 4) return true;
  if (position > 0 && /ing$/.test(w) && w.length > 5 && !['morning', 'evening', 'during', 'spring', 'building', 'king'].includes(w)) return true;
  const stems = [w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')];
  return stems.some((s) => s !== w && VERB_STEMS.has(s));
}

const DETERMINERS = new Set([...ARTICLES, 'some', 'many', 'several', 'all', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'more', 'most']);

/** A present-tense verb after its subject ("China changes", "Biden presides"): a word in -s after
 *  a word that is not a determiner or a preposition. Plural nouns pass too ("air disasters"): the
 *  check errs towards accepting a label. */
function presentTense(w: string, before: string | undefined): boolean {
  if (!before || !/^[a-z]+[^s'’u]s$|^[a-z]+(?:ss|sh|ch|x|z)es$/.test(w) || /(?:ss|us|is)$/.test(w)) return false;
  return !DETERMINERS.has(before) && !PREPOSITIONS.includes(before);
}

const FUNCTION_WORDS = new Set([...PREPOSITIONS, ...ARTICLES, ...CONJUNCTIONS, 'that', 'not', 'no', 'also', 'only', 'still']);

/** A plural subject's verb ("Bombs explode", "Cellphones sound"): a plain word after a word in -s. */
function pluralPresent(w: string, before: string | undefined): boolean {
  if (!before || !/^[a-z]{3,}$/.test(w) || FUNCTION_WORDS.has(w) || /ly$/.test(w)) return false;
  return /^[a-z]{2,}[^s'’iu]s$/.test(before);
}

/** The names of the checks this label fails (empty: the label is whole). */
export function labelFaults(label: string, ctx: LabelContext): string[] {
  return Object.entries(LABEL_CHECKS).filter(([, check]) => !check(label, ctx)).map(([name]) => name);
}

const bag = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Token-overlap F1 between a system label and the gold label (bags of lower-cased words). */
export function labelF1(system: string, gold: string): number {
  const a = bag(system);
  const b = bag(gold);
  if (!a.length || !b.length) return 0;
  const left = new Map<string, number>();
  for (const w of b) left.set(w, (left.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of a) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      common++;
      left.set(w, n - 1);
    }
  }
  if (!common) return 0;
  const p = common / a.length;
  const r = common / b.length;
  return (2 * p * r) / (p + r);
}
