// "The best month to book a cruise is February", "the ideal time to plant bulbs is in October":
// service journalism names the time of year that suits a thing to do. The month comes round every
// year; it dates nothing that happened or is planned. Only a month or a season with no day and no
// year: "the best time to see the comet is early Friday" names the one night it can be seen.
// Must not know about labels or statuses; reads only the statement's text.
import type { Timex } from '../document';

// (two months or seasons may be advised together: "through April and May")
const MONTH_OR_SEASON = '(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)';
const ADVICE_BEFORE = new RegExp(
  String.raw`\b(?:best|ideal|cheapest|worst|busiest|quietest|perfect|optimal)\s+(?:time|times|month|months|season|period|weeks?)\s+(?:of\s+(?:the\s+)?year\s+)?(?:to|for)\b[^.;:!?]{0,80}?\b(?:is|are|would be|will be)\s+(?:usually\s+|typically\s+|generally\s+|often\s+|normally\s+)?(?:(?:in|during|between|from|through|around)\s+)?(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?:${MONTH_OR_SEASON}\s+(?:and|or|to|through)\s+)?$`,
  'i',
);
const TIME_OF_YEAR = new RegExp(String.raw`^(?:(?:early|mid|late)[-\s]+)?${MONTH_OR_SEASON}(?:\s+(?:and|or|to|through)\s+${MONTH_OR_SEASON})?$`, 'i');

export function adviceTime(text: string, timex: Timex): boolean {
  if (!TIME_OF_YEAR.test(timex.text.trim())) return false;
  // (read back past the statement's start: a clause may split off the advice's second month,
  // "... is usually through April and May, as this is when ...", and the advice can be no longer
  // than its own words, which stop at a sentence's end)
  return ADVICE_BEFORE.test(text.slice(Math.max(0, timex.start - 160), timex.start));
}
