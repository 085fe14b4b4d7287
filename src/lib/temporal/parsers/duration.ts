// Durations: "three months", "for two years" (tags "two years"), "the past five years", "a
// decade" (P10Y), "a 12-year", "nearly five months", "two consecutive quarters", "for years"
// (PXY), "spent decades", "a decades-long feud" (PXY, in years as "a decade" is), "all day" (P1D). The leading preposition stays outside the span; "the past/next" stays inside, and
// so do "about"/"nearly"/"over" (with mod APPROX/MORE_THAN); "just", "more than" stay out.
import type { Parser } from 'chrono-node';
import { statedResult } from '../context';
import { COUNT_PATTERN, HALF_PATTERN, parseCount } from '../numbers';
import { UNIT_PATTERN, durationValue, unitOf } from '../units';

// (every alternative below starts with a letter or a digit and stands after no word character:
// said once in front, it turns away the middle of a word with one test instead of ten, which
// halves the time the pattern takes over a sentence; the groups are numbered as before)
const PATTERN = new RegExp(
  '(?<!\\w)(?=[a-z\\d])(?:' +
  '(?<![\\w$£€.,-])(?:((?:the\\s+)?(?:past|last|next|previous|coming|first|final|following|latest)\\s+)|(about|around|nearly|almost|roughly|approximately|some|over)\\s+)?' +
    `(${COUNT_PATTERN}|another)(${HALF_PATTERN})[\\s-]+(?:(?:consecutive|straight|full|more|whole|successive|long|short|additional|further|extra)\\s+)?(${UNIT_PATTERN})(?:\\s+and\\s+a\\s+half|-long\\b)?(?![\\w-]|\\s+(?:old|of age)\\b)` +
    '|(?<![\\w-])(?:the\\s+)?(?:past|last|next|coming|previous)\\s+(decade|century|hour(?!\\s+of\\b))(?![\\w-])' +
    '|(?<![\\w-])(?:the\\s+)?(?:past|last|next|coming|previous|following)\\s+(days|weeks|months|years|decades)(?![\\w-])' +
    '|(?<=\\b(?:for|over|within|in|after)\\s+(?:just\\s+)?)(years|decades|months|weeks|days|hours|minutes|(?<=over\\s+)the\\s+years)(?![\\w-]|\\s+(?:ago|earlier|later|of|to come)\\b)' +
    // "spent decades", "took years", "a decades-long dispute", "a problem years in the making": an
    // unknown count measured all the same
    // (the verb is looked for behind the unit word, only where one stands: a lookbehind first
    // would run at every position of every sentence)
    '|(?<![\\w-])(years|decades|months|weeks|days|hours)(?<=\\b(?:spent|spend|spends|spending|took|take|takes|taking|lasted|lasting|waited|wait|waiting)\\s+\\w+)(?![\\w-]|\\s+(?:ago|earlier|later|of|to come)\\b)' +
    '|(?<![\\w-])(?:(years|decades|months|weeks|days|hours|centuries)-long|(years|decades|months)(?=\\s+in\\s+the\\s+making\\b))(?![\\w-])' +
    // "spent all day", "worked all week long": the whole of one unit
    '|(?<![\\w-])all\\s+(day|week|month|year)(?:\\s+long)?(?![\\w-])' +
    // "days later", "weeks after his election", "hundreds of years": an unknown count of units
    // before the event it counts from (the span is the units only), or a count of hundreds
    '|(?<![\\w-])(days|weeks|months|years|hours|minutes)(?=\\s+(?:later|earlier|after|before|away)\\b)(?<!\\b(?:the|a|an|these|those|his|her|its|their|our|my|your|few|several|many|some|of|in|for|within|over|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|couple|dozen|hundred)\\s+\\w+)' +
    '|(?<![\\w-])(?:hundreds|thousands|dozens|scores|millions)\\s+of\\s+(years|days|hours|decades|centuries|months)(?![\\w-])' +
    // "Decades of immigration have changed it", "despite years of talks": a bare plural before
    // "of" and what filled the time, opening its sentence or after a preposition (an object,
    // "take years of practice", stays a count of practice)
    '|(?<![\\w-])(years|decades|months|weeks)(?=\\s+of\\s+(?!age\\b)[a-z])(?<=(?:^|[.;:(\u201c"]\\s*|\\b(?:despite|after|amid|following|through|with|from|by|ending|end|ended)\\s+)\\w+)' +
    ')',
  'i',
);

const MOD: Record<string, string> = {
  about: 'APPROX', around: 'APPROX', nearly: 'APPROX', almost: 'APPROX', roughly: 'APPROX', approximately: 'APPROX',
  some: 'APPROX', over: 'MORE_THAN',
};

const AMOUNT_BEFORE = /(?:\d|%|\b(?:pct|percent|per\s+cent|dlrs|dollars|cts|cents|mln|million|billion|bln|stg|sterling|pounds|yen|marks|francs|lire|points?|tonnes|tons|barrels|jobs|units|shares))\s+$/i;

const SPAN_INTRO =
  /\b(?:for|in|within|over|about|around|nearly|almost|than|after|before|lasted|lasting|lasts|last|took|take|takes|taking|spent|spend|spends|per|once|twice|just|only|half|least|under|up to|throughout|during|of|by|another)\s+$/i;

const THE_BEFORE = /\b(?:[Tt]he|[Aa]n?)\s+$/;
const PERIOD_AFTER = /^\s+period\b/i;

export const durationParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    // "the past decade": one decade (P10Y, as annotators write it), the determiner inside the span
    if (match[12]) return statedResult(context, match.index!, match[0], { type: 'DURATION', value: durationValue(1, unitOf(match[12])) });
    if (match[6]) return statedResult(context, match.index!, match[0], { type: 'DURATION', value: durationValue(1, unitOf(match[6])) });
    // "the coming weeks", "for years", "within minutes", "over the years": an unknown count (PXW, PXY)
    const vague = match[7] ?? match[8] ?? match[9] ?? match[10] ?? match[11] ?? match[13] ?? match[14] ?? match[15];
    // "the past few months", "the coming weeks", "the next several years": a vague stretch up
    // to or from now is a vague reference in TimeML (PAST_REF, FUTURE_REF), not a duration
    const side = /^(?:the\s+)?(past|last|previous|next|coming)\b/i.exec(match[1] ?? (match[7] ? match[0] : ''))?.[1].toLowerCase();
    if (side && (match[7] || (match[3] && parseCount(match[3]) === null && !match[4]))) {
      return statedResult(context, match.index!, match[0], { type: 'DATE', value: /^(?:next|coming)$/.test(side) ? 'FUTURE_REF' : 'PAST_REF' });
    }
    if (vague) {
      return statedResult(context, match.index!, match[0], { type: 'DURATION', value: durationValue(null, unitOf(vague.replace(/^the\s+/i, ''))) });
    }
    const unit = unitOf(match[5]);
    const countWords = match[3].toLowerCase();
    // "1986 year operating net", "increasing 1986 year net": a results table's year before the
    // singular noun, as "the 1986 year" is; a count of 1986 years would be plural
    if (/^(?:1[89]|20)\d\d\s+year$/i.test(match[0])) return statedResult(context, match.index!, match[0], { type: 'DATE', value: countWords });
    // "the first 1987 quarter", "the fourth 1986 month": a year between an ordinal and a singular
    // unit names the period (quarterHalf.ts); a count of 1987 quarters would be plural
    if (/^(?:1[89]|20)\d\d$/.test(countWords) && !/s$/i.test(match[5])) return null;
    // "another decade of these films", "for another year": one more unit, measured like "a year"
    const another = countWords === 'another';
    // "a days-long standoff": the article is the noun's and the count unknown
    if (/^an?$/.test(countWords) && /s$/i.test(match[5]) && /-long$/i.test(match[0])) {
      const lead = /^an?\s+/i.exec(match[0])?.[0].length ?? 0;
      return statedResult(context, match.index! + lead, match[0].slice(lead), { type: 'DURATION', value: durationValue(null, unit) });
    }
    // "a quarter of the shares", "one day he will": only counted quarters and days are spans.
    if (unit === 'quarter' && /^(?:a|an|one|single)$/.test(countWords)) return null;
    if (unit === 'day' && countWords === 'one' && !match[1] && !match[2]) return null;
    // "a day" is a span only where a span is expected ("for a day", "took a week", "a year
    // ago"); "not a day anybody expected" or "a year of turmoil" as a subject are not measured
    if ((another || /^an?$/.test(countWords)) && !match[1] && !match[2] && !/-long$/i.test(match[0])) {
      const before = context.text.slice(Math.max(0, match.index! - 14), match.index);
      const after = context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 12);
      if (!SPAN_INTRO.test(before) && !/^\s+(?:after|before|later|earlier|ago|or\s+two|or\s+so)\b/i.test(after) && !(another && /^\s+of\b/i.test(after))) return null;
    }
    let count = another ? 1 : parseCount(countWords);
    // "two and a half years", "an hour and a half"
    if (count !== null && (match[4] || /\sand\s+a\s+half$/i.test(match[0]))) count += 0.5;
    const value = durationValue(count, unit);
    // "57 billion dlrs over three years", "rose 12 pct over two years": after an amount "over" is
    // the stretch the amount is spread across (a preposition, outside the span), not "more than"
    const across = match[2]?.toLowerCase() === 'over' && AMOUNT_BEFORE.test(context.text.slice(Math.max(0, match.index! - 24), match.index));
    const mod = match[2] && !across ? MOD[match[2].toLowerCase().replace(/\s+/g, ' ')] : undefined;
    // "a week-long strike": the article belongs to the noun, the span starts at the unit
    const lead = across ? match[0].indexOf(match[3]) : /-long$/i.test(match[0]) && /^an?$/.test(countWords) ? /^an?\s+/i.exec(match[0])?.[0].length ?? 0 : 0;
    // "in the nine months", "for the three month period", "the five-month period": a results
    // story's stretch named again with its article is one span with it (and with "period"), as
    // "the past six months" is; "the 30-year yield", "the 91-day bills" stay the term's words
    const the = !match[1] && !match[2] && !lead && count !== null && count > 1 ? THE_BEFORE.exec(context.text.slice(Math.max(0, match.index! - 5), match.index!)) : null;
    const period = the ? PERIOD_AFTER.exec(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 8)) : null;
    // ("the six-months bills" is a term; "the Seven Years War" a name)
    // ("over a two-year period", "a five year period": with "a" only the period's noun makes the
    // stretch one span; "a two-year" before another noun is the term's adjective)
    if (the && (period || (/^t/i.test(the[0].trimStart()) && /s$/i.test(match[5]) && !match[0].includes('-') && !/^\s+[Ww]ar\b/.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 5))))) {
      return statedResult(context, match.index! - the[0].length, context.text.slice(match.index! - the[0].length, match.index! + match[0].length + (period?.[0].length ?? 0)), { type: 'DURATION', value, mod });
    }
    return statedResult(context, match.index! + lead, match[0].slice(lead), { type: 'DURATION', value, mod });
  },
};
