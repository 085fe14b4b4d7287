// The futurate present: news states a scheduled event in the simple present ("the museum
// opens in June", "the senator faces a vote in May", "takes office in January", "polls close
// on Sunday") or with a scheduling predicate ("elections are due in the autumn", "is up for
// re-election in November", "is set for March"). Such a clause points ahead, like "will".
// States in the present ("inflation is 3%") do not: only event verbs and scheduling words
// count. Knows nothing of dates; reads the lower-cased words of one sentence.

// Event verbs that news uses for timetabled happenings, base forms. Verbs whose -s form is
// as often a plural noun ("returns", "votes") count only after a subject-like word. Verbs whose
// past tense is their base form ("hit", "cut", "set", "put") are left out: "prices hit a record
// in March" is past.
const EVENT_VERBS = new Set([
  'open', 'reopen', 'close', 'begin', 'start', 'end', 'expire', 'take', 'go', 'come', 'face', 'host',
  'retire', 'premiere', 'debut', 'conclude', 'convene', 'resume', 'depart', 'arrive', 'kick', 'head',
  'launch', 'return', 'hold', 'meet', 'visit', 'travel', 'vote', 'step', 'leave',
  // a tour, a show or a team on its timetable: "the tour stops in Cleveland on July 22"
  'stop', 'play', 'perform', 'air', 'tour',
  // an age reached on a day the calendar fixes: "the striker turns 21 in four days", "she turns
  // 100 on Friday" (only before the age: "the market turns" is no timetable)
  'turn',
  // a programme on a schedule: "the final programme, on Thursday, presents ...", "screens on BBC Two"
  'present', 'screen', 'broadcast',
]);
// -s forms that are common plural nouns ("tax returns in April", "the votes in May")
const NOUN_LIKE = new Set(['stops', 'plays', 'tours', 'starts', 'ends', 'launches', 'returns', 'holds', 'meets', 'visits', 'travels', 'votes', 'steps', 'heads', 'kicks', 'leaves', 'debuts', 'premieres']);
// words after which an -s form is a noun: determiners, possessives, numbers, prepositions
const NOUN_BEFORE = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'these', 'those', 'some', 'many',
  'several', 'two', 'three', 'four', 'five', 'of', 'and', 'or', 'no', 'tax', 'all', 'more', 'fewer', 'in', 'on', 'for', 'with',
  // "housing starts", "single-family starts", the statistic of new homes begun
  'housing', 'home', 'building', 'single-family', 'multi-family',
]);
// a base form is a verb after a plural subject ("talks resume", "polls close") or a pronoun;
// after "to", a modal or "did" it is governed by that word, which is a cue of its own
// ("lawmakers, many of whom face re-election in November": a relative pronoun before a base
// form stands for a plural too)
const PLURAL_SUBJECT = new Set(['they', 'we', 'you', 'who', 'whom']);
const NOT_PLURAL = new Set(['is', 'was', 'has', 'does', 'its', 'his', 'this', 'us', 'as', 'thus', 'plus', 'news']);

function thirdPersonVerb(word: string): string | null {
  if (word.endsWith('es') && EVENT_VERBS.has(word.slice(0, -2)) && /(?:ss|sh|ch|x|o)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && EVENT_VERBS.has(word.slice(0, -1))) return word.slice(0, -1);
  return null;
}

// Light verbs that are scheduled events only in set phrases: "comes into force", "goes on
// sale", "takes office"; "the move comes after a surge in March" and "the dispute goes back to
// 2019" look back. "turns" is one only before an age.
const PHRASAL: Record<string, RegExp> = {
  come: /^(?:into|online)$/,
  go: /^(?:on|into|live|public|ahead|to)$/,
  take: /^(?:office|effect|place|over|power|charge)$/,
  // "heads to Paris", "heads home"; "who heads the UN office" leads it
  head: /^(?:to|for|into|home|back|off|out|north|south|east|west|abroad|overseas)$/,
  turn: /^(?:\d+|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\w+)?$/,
};

const WEEKDAY_WORD = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
// "originally due in May", "initially set for March": a plan as it stood, since overtaken
const OVERTAKEN = new Set(['originally', 'initially', 'previously', 'once', 'first']);

// each word's event verb (its base form, or null), read once: the sentence's every word is asked
// (forgotten all at once past BASES_KEPT, so that a long run's memory stays bounded)
const bases = new Map<string, string | null>();
const BASES_KEPT = 20_000;
function baseOf(word: string): string | null {
  const known = bases.get(word);
  if (known !== undefined) return known;
  const base = thirdPersonVerb(word) ?? (EVENT_VERBS.has(word) ? word : null);
  if (bases.size >= BASES_KEPT) bases.clear();
  bases.set(word, base);
  return base;
}

/** Whether `words[i]` (lower case) reads as a scheduled event in the present. */
export function isFuturate(words: readonly string[], i: number): boolean {
  const word = words[i];
  const prev = words[i - 1] ?? '';
  const next = words[i + 1] ?? '';
  if (OVERTAKEN.has(prev)) return false;
  // "are due in the autumn", "is due on Friday" ("due to" is read by the caller)
  if (word === 'due') return /^(?:in|on|by|at|for|before|next|this|early|late|later|around|out|back)$/.test(next);
  // "is up for re-election", "comes up for a vote"
  if (word === 'up') return next === 'for' && /^(?:is|are|comes|come|goes|go)$/.test(prev);
  // "the launch is set for March"
  if (word === 'set') return next === 'for' && /^(?:is|are)$/.test(prev);
  const base = baseOf(word);
  // "the swap comes Thursday", "the vote comes on Monday": what comes on a named day is on the
  // timetable ("comes after", "comes as" set a backdrop, read by the caller)
  const onDay = base === 'come' && WEEKDAY_WORD.test(next === 'on' ? (words[i + 2] ?? '') : next);
  if (base && PHRASAL[base] && !PHRASAL[base].test(next) && !onDay) return false;
  // "moved the bus stops in March": after a verb and its determiner the -s form is the object's noun
  if (base && base !== word && NOUN_LIKE.has(word) && NOUN_BEFORE.has(words[i - 2] ?? '') && /(?:ed|[^s]s)$/.test(words[i - 3] ?? '')) return false;
  // ("29,796 votes": after a figure, a noun)
  if (base && base !== word) return !NOUN_LIKE.has(word) || !(NOUN_BEFORE.has(prev) || /^\d/.test(prev));
  // ("Lebanon's vote against": a possessive is no plural subject; its noun follows)
  if (base) return PLURAL_SUBJECT.has(prev) || (prev.length > 3 && prev.endsWith('s') && !prev.endsWith('ss') && !prev.endsWith("'s") && !NOT_PLURAL.has(prev));
  return false;
}
