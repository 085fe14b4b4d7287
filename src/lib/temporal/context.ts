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

/** A chrono result whose TimeML value the parser states outright (a week, a season, a duration...). */
export function statedResult(context: ParsingContext, index: number, text: string, timex: StatedTimex): ParsingResult {
  const result = context.createParsingResult(index, text, publicationDay(context));
  result.addTag(TYPE + timex.type).addTag(VALUE + timex.value);
  if (timex.mod) result.addTag(MOD + timex.mod);
  return result;
}

export function readStated(result: ParsingResult): StatedTimex | null {
  let type: string | undefined, value: string | undefined, mod: string | undefined;
  for (const tag of result.tags()) {
    if (tag.startsWith(TYPE)) type = tag.slice(TYPE.length);
    else if (tag.startsWith(VALUE)) value = tag.slice(VALUE.length);
    else if (tag.startsWith(MOD)) mod = tag.slice(MOD.length);
  }
  if (!type || !value) return null;
  return mod ? { type: type as TimexType, value, mod } : { type: type as TimexType, value };
}
