// Vague references to the present, past and future ("now", "currently", "recently", "in the
// past", "soon", "in the future", "the months ahead", "the years to come"): TimeML's
// PRESENT_REF, PAST_REF and FUTURE_REF. The preposition stays outside the span ("in the future"
// tags "the future"); "the weeks ahead of the vote" are counted back from the vote, no future.
// A horizon, "the near term", "the longer term", "the medium term", looks ahead; "the long term
// of the loan" is the loan's length, no time.
import type { Parser } from 'chrono-node';
import { statedResult } from '../context';
import { durationValue, unitOf } from '../units';
import { tenseAround } from '../tense';

const WORDS: [RegExp, string][] = [
  [/^(?:now|currently|presently|nowadays|at present|these days|the time being|current|at the moment|the moment|this moment|the (?:current|present) moment|the present(?: day)?)$/i, 'PRESENT_REF'],
  [/^(?:recently|recent|lately|formerly|the past|more recently|recent (?:days|weeks|months|quarters|years|decades|(?:\S+ )?history)|once|(?:not\s+(?:so\s+)?)?long ago|the other day|those days)$/i, 'PAST_REF'],
  [/^(?:soon|very soon|someday|some day|the future|the near future|the (?:near|long|longer|short|shorter|medium) term|the (?:long|short) run|the (?:days|weeks|months|years|decades) (?:ahead|to come)|eventually|shortly)$/i, 'FUTURE_REF'],
];

// nouns (after at most one adjective) before which "current"/"recent" date a time or a state of
// affairs: circumstances and crises, a time's own nouns, and the losses and moves of a market
// or a government told as what has been happening ("recent losses", "recent government moves",
// "the current weakened state"). A figure's level or its change in a results or a market story
// ("the current rate is 10 pct", "the recent strength in materials", "the current weakness in
// the economy", "recent declines in the dollar", "recent economic statistics", "in recent
// sessions", "his current term") describes the figure, and the TimeML news collections tag none
// of them (issue 16: "current"/"recent" as plain adjectives, spurious on the held-out wire)
const TIME_OR_STATE =
  /^\s+(?:[\w.'-]+\s+)?(?:circumstances|situation|state|climate|environment|crisis|crises|turmoil|slump|downturn|recession|slowdown|loss(?:es)?|moves|months?|weeks?|days|years|decades|history|past|times|era|period|cycle|season|attacks|violence|fighting|unrest|protests)\b/i;

// (a match opens with one of these letters: tested first, V8 skips to them instead of running the
// lookbehinds at every position of the sentence; a speed device that changes no match)
const PATTERN =
  /(?=[rncpatmlfvso])(?<![\w'-])(?:right\s+)?(now|currently|presently|nowadays|at present|these days|the time being|at the moment|current|(?:more\s+)?recently|recent(?:\s+(?:days|weeks|months|quarters|years|decades|(?:[A-Z][\w.]*\s+)?history))?|lately|formerly|(?:very\s+)?soon|shortly|the\s+(?:near\s+)?future|the\s+(?:near|long|longer|short|shorter|medium)\s+term(?!\s+of\b)|the\s+(?:long|short)\s+run|the\s+(?:days|weeks|months|years|decades)\s+(?:ahead(?!\s+of\b)|to\s+come)|the\s+past(?!\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|years?|decades?|quarters?|centur\w+|fortnight|seasons?|weekends?|nights?|hours?|minutes?|half)\b)|(?<=\bfor\s+)the\s+moment|(?<=\bat\s+)this\s+moment|the\s+(?:current|present)\s+moment|(?:not\s+(?:so\s+)?)?long\s+ago|the\s+other\s+day|the\s+present(?:\s+day)?|(?<=\b(?:in|of|during|since)\s+)those\s+days|those\s+days(?=\s+(?:are|were)\s+(?:over|gone|long\s+gone|behind)\b)|someday|some\s+day|one\s+day)(?![\w-])/i;

// words after "the future" or "the past" that keep them nouns: function words, and the verbs
// news puts after them ("the future looks bright", "the past serves as a guide")
const NOUN_AFTER =
  /^\s+(?:of|and|or|but|to|in|on|at|for|by|from|with|as|than|is|are|was|were|will|would|could|can|may|might|must|should|shall|has|have|had|does|did|that|which|who|when|where|holds?|looks?|belongs?|lies|lie|depends?|remains?|seems?|appears?|rests?|serves?|beckons?|awaits?|brings?|matters?|tells?|shows?|offers?|teaches|isn|wasn|won|hangs?)\b/i;

export const referencesParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const words = match[1].replace(/\s+/g, ' ');
    const lower = words.toLowerCase();
    // "now" as a discourse word ("Now, the ministry says") or in "just now"/"until now" stays a
    // reference; "for now" too. "current" is an adjective; "current account" is finance, not time.
    if (lower === 'current' && /^\s+(?:account|affairs|events|assets|liabilities|prices)\b/i.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 14))) return null;
    // "soon after X" and "shortly before X" are anchored to X, not to publication
    // "as soon as you're used to it": a conjunction, no time
    if (lower === 'soon' && /\bas\s+$/i.test(context.text.slice(Math.max(0, match.index! - 3), match.index)) && /^\s+as\b/i.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 4))) return null;
    if (/^(?:very )?soon$|^shortly$/.test(lower) && /^\s+(?:after|before|afterwards?)\b/i.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 12))) return null;
    // "the most recent model", "a more recent study": an ordering adjective, not a time
    if (lower === 'recent' && /\b(?:most|more)\s+$/i.test(context.text.slice(Math.max(0, match.index! - 6), match.index))) return null;
    // "current" and "recent" as plain adjectives: "its five current models", "the current
    // chairman", "a recent poll" describe a thing or a person, not a time; they are a time
    // reference before a time or a state of affairs ("the current crisis", "recent history",
    // "recent losses"). "formerly", like "former", dates a role, and TimeML tags neither.
    const after = context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 40);
    const before = context.text.slice(Math.max(0, match.index! - 40), match.index);
    if ((lower === 'current' || lower === 'recent') && !TIME_OR_STATE.test(after) && /^\s+(?:[a-z]+\s+)?[a-zA-Z]/.test(after)) return null;
    // "the current 1988 fiscal year": before the year it names, "current" is part of that period
    if (lower === 'current' && /^\s+\d{4}\b/.test(after)) return null;
    if (lower === 'formerly') return null;
    // "It was at this moment that imams started": a narrative's moment, no present
    if (lower === 'this moment' && /\b(?:was|were)\s+at\s+$/i.test(before)) return null;
    // "the future king", "the future connections between them", "the past winners": before a
    // noun the word is an adjective of that noun, not a time; after it a verb or a function word
    // keeps it a noun ("the future looks bright", "in the future, we"), as does "in" before it,
    // whose comma news often drops ("in the future no one will")
    // "one day" with no count around it ("could win the title one day", "One day, she left"): a
    // day nobody can date, ahead or behind as its verb says; "one day of talks", "for one day",
    // "one day later" are counted spans, read elsewhere
    if (lower === 'one day') {
      if (/\b(?:for|in|on|within|than|only|just|about|over|per|after|before|of|the|a|every|each|to|last(?:s|ed)?|took|takes?|spen[dt]s?|waited|waits?)\s+$/i.test(before.slice(-8)) || /^(?:\s+(?:of|later|earlier|ago|after|before|and|or|a|per|to|off|pass|left|trip|event|strike|sale|ban|course|visit|in|at|when|this|that|last|next)\b|-|['\u2019]s\b)/i.test(after)) return null;
      // after an infinitive or a modal ("talented enough to win the title one day") it is a hope
      const hoped = match.index! > 0 && /\b(?:to|will|would|could|might|may|can|hopes?|dreams?|wants?)\s+(?:\S+\s+){0,5}$/i.test(before);
      // (a cue further than a couple of hundred characters never governs, so the tense is read
      // in a window around the words)
      const from = Math.max(0, match.index! - 200);
      const side = hoped ? 'future' : tenseAround(context.text.slice(from, match.index! + match[0].length + 200), match.index! - from, match.index! - from + match[0].length);
      return statedResult(context, match.index!, match[0], { type: 'DATE', value: side === 'past' ? 'PAST_REF' : 'FUTURE_REF' });
    }
    if (/^the\s+(?:future|past|present)$/.test(lower) && /^\s+[a-z]/.test(after) && !NOUN_AFTER.test(after) && !/\bin(?:to)?\s+$/i.test(before.slice(-6))) return null;
    // "as recently as 2014", "as long ago as 1990": the date after it is the time meant
    if (/^(?:recently|long ago)$/.test(lower) && /\bas\s+$/i.test(before.slice(-4)) && /^\s+as\b/i.test(after)) return null;
    // "how long ago" asks for a time and names none
    if (/long ago$/.test(lower) && /\bhow\s+$/i.test(before.slice(-5))) return null;
    // "DirecTV Now service", "the Fox Nation Now app": a capital "Now" straight after a name,
    // inside a sentence and before a lower-case word, ends the name of a product or a show. In a
    // headline set in title case ("Trump Now Says He Will") the next word has a capital too.
    if (match[0] === 'Now' && /[^.!?:;“"\s]\s*\b[A-Z][\w&.+-]*\s$/.test(before) && /^(?:\s+[a-z]|[,.;:)]|\s*$)/.test(after)) return null;
    // "recent months", "recent weeks": a stretch of unknown length up to now (PXM, PXW);
    // "recent years" stays a vague past, as news means by it an era rather than a count
    const stretch = /^recent (days|weeks|months)$/.exec(lower);
    if (stretch) return statedResult(context, match.index!, match[0], { type: 'DURATION', value: durationValue(null, unitOf(stretch[1])) });
    const value = WORDS.find(([re]) => re.test(lower.replace(/^right /, '')))?.[1] ?? 'PRESENT_REF';
    return statedResult(context, match.index!, match[0], { type: 'DATE', value });
  },
};
