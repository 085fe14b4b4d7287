// A cheap test in front of a parser: when a sentence lacks the words a parser needs (a
// weekday parser needs "day"), the parser's full pattern, with its lookbehinds and long
// alternations, is not run over the sentence at all. Purely a speed device: a guard must
// accept every text the parser could match.
import type { Parser } from 'chrono-node';

const NEVER = /^(?!)/;

export function guarded(parser: Parser, needs: RegExp): Parser {
  return {
    pattern: (context) => (needs.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}
