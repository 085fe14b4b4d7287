// Which way a sentence points in time around a date expression: reported past ("met", "was",
// "said"), projected future ("will", "plans to", "is expected to", "scheduled"), or present.
// The nearest cue wins, cues after the expression counting a little less, so that in
// "said on Tuesday that it will open in March" Tuesday is past and March future.
// Knows nothing of dates; works on one sentence of bounded length.

export type Tense = 'past' | 'future' | 'present';

const FUTURE = new Set([
  'will', "'ll", 'shall', 'upcoming', 'forthcoming', 'next', 'plans', 'plan', 'planned', 'planning',
  'expected', 'expects', 'expect', 'scheduled', 'due', 'intends', 'intend', 'aims', 'hopes',
  'forecast', 'forecasts', 'predicts', 'predicted', 'projected', 'anticipated', 'slated', 'set', 'until',
  'later', 'wo', 'tomorrow', 'coming', 'proposed', 'preparing', 'prepares', 'going',
]);
const WEAK_FUTURE = new Set(['would', 'could', 'may', 'might', 'should', 'can']);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'ago', 'last', 'earlier', 'previous', 'previously', 'yesterday',
  'began', 'came', 'went', 'met', 'took', 'saw', 'rose', 'fell', 'made', 'told', 'gave', 'got', 'won', 'lost',
  'sold', 'bought', 'paid', 'left', 'ran', 'grew', 'spoke', 'wrote', 'held', 'led', 'brought', 'thought',
  'kept', 'built', 'struck', 'flew', 'drew', 'threw', 'knew', 'became', 'chose', 'broke', 'spent', 'sent',
  'hit', 'cut', 'shut', 'sank', 'slid', 'dropped', 'since', 'rang', 'began', 'felt', 'found', 'heard',
  'meant', 'stood', 'understood', 'wore', 'withdrew', 'overtook', 'undertook', 'forgot', 'shook',
]);
const PRESENT = new Set(['is', 'are', 'am', 'has', 'have', "'s", 'now', 'currently', 'today', 'remains', 'says']);

const WORD = /[A-Za-z]+(?:'[a-z]+)?|'ll/g;

function cueOf(word: string): { tense: Tense; weight: number } | null {
  const w = word.toLowerCase();
  if (FUTURE.has(w)) return { tense: 'future', weight: 1 };
  if (WEAK_FUTURE.has(w)) return { tense: 'future', weight: 1.6 };
  if (PAST.has(w)) return { tense: 'past', weight: 1 };
  if (PRESENT.has(w)) return { tense: 'present', weight: 1.3 };
  // Regular past tense and participles ("announced", "has launched"); capitalised words are
  // mostly names ("United"), so only lower-case ones count.
  if (w === word && w.length > 4 && w.endsWith('ed')) return { tense: 'past', weight: 1.2 };
  return null;
}

/** The tense governing the expression at [start, end) of `sentence`; null when nothing tells. */
export function tenseAround(sentence: string, start: number, end: number): Tense | null {
  let best: { tense: Tense; score: number } | null = null;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    if (m.index >= start && m.index < end) continue; // the expression's own words
    const cue = cueOf(m[0]);
    if (!cue) continue;
    // "to be held", "set to": "set" is only a future cue when followed by "to"
    if (m[0].toLowerCase() === 'set' && !/^\s+to\b/i.test(sentence.slice(WORD.lastIndex, WORD.lastIndex + 4))) continue;
    const distance = m.index < start ? start - m.index : (m.index - end) * 1.5;
    const score = distance * cue.weight;
    if (!best || score < best.score) best = { tense: cue.tense, score };
  }
  return best ? best.tense : null;
}
