// What every news parser and refiner shares: the publication date carried in chrono's option
// object, and the tags through which a parser states a TimeML value outright. Knows nothing of
// particular expressions.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { TimexType } from '../document';
import type { YMD } from './calendar';
import type { Reference } from './reference';

export interface NewsOption {
  newsline: { reference: Reference };
}

export function publication(context: ParsingContext): Reference {
  return (context.option as unknown as NewsOption).newsline.reference;
}

export function publicationDay(context: ParsingContext): YMD {
  const { year, month, day } = publication(context);
  return { year, month, day };
}

export interface StatedTimex {
  type: TimexType;
  value: string;
  mod?: string;
}

const TYPE = 'newsline/type=';
const VALUE = 'newsline/value=';
const MOD = 'newsline/mod=';

// What each stated result states. Refiners ask every result in turn, and reading the tags back
// would copy its tag sets each time (chrono's tags() copies); only statedResult writes a stated
// value, so the value kept here is the one its tags carry. Kept on the result itself, under a
// symbol of its own (no name of chrono's, not read by JSON or Object.keys), as a WeakMap kept it
// before: a result's clone (chrono's clone() builds a new result) states nothing, and no code
// copies a result's own properties. (A WeakMap entry for each of the thousands of results per
// MEANTIME pass cost 4% of the tagger's CPU.)
const STATED = Symbol('newsline stated timex');
type Stating = { [STATED]?: StatedTimex };

/** A chrono result whose TimeML value the parser states outright (a week, a season, a duration...). */
export function statedResult(context: ParsingContext, index: number, text: string, timex: StatedTimex): ParsingResult {
  const result = context.createParsingResult(index, text, publicationDay(context));
  result.addTag(TYPE + timex.type).addTag(VALUE + timex.value);
  if (timex.mod) result.addTag(MOD + timex.mod);
  if (timex.type && timex.value) (result as Stating)[STATED] = timex.mod ? { type: timex.type, value: timex.value, mod: timex.mod } : { type: timex.type, value: timex.value };
  return result;
}

/** The value a parser stated for this result; null for chrono's own calendar results. */
export function readStated(result: ParsingResult): StatedTimex | null {
  const known = (result as Stating)[STATED];
  return known ? { ...known } : null;
}
