// Chrono reads "March 3-5", "3 to 5 March", "9 a.m. to 5 p.m." as one result with a start and
// an end. TimeML tags the two ends of a span as two TIMEX3s (each a point; the span itself
// would be a non-consuming DURATION), and for an elliptical end the value is the full date
// the end stands for: MEANTIME's gold tags "60" in "between 60 and 90 days" as P60D, and in
// the same way "5" in "March 3-5" is 2025-03-05 (the extent is what is written; a TimeML
// value is always the full date meant). One timex for the whole "March 3-5" would need a
// value TimeML does not have. So such a result becomes two parts here; which end lends the
// other its month and year is settled later with the sentence (rangeEnds.ts).
// Knows nothing of offsets in the article.
import type { ParsingResult } from 'chrono-node';
import { readStated, type StatedTimex } from './context';
import { componentsTimex, resultTimex } from './toTimex';

export interface Part {
  /** Offset of the part within the parsed sentence. */
  index: number;
  text: string;
  timex: StatedTimex;
}

// Where the start's words end and the end's begin: a spaced connector first ("3 - 5",
// "9 a.m. to 5 p.m."), else the first dash between two word characters ("3-5", "10–14").
const SPACED = /\s+(?:-|\u2013|\u2014|to|until|till|through|thru)\s+/i;
const TIGHT = /(?<=[\w.])[-\u2013](?=\w)/;

const CAPITAL_ORDINAL = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|FIRST|SECOND|THIRD)$/;

export function resultParts(result: ParsingResult): Part[] {
  const timex = resultTimex(result);
  if (!timex) return [];
  const whole = [{ index: result.index, text: result.text, timex }];
  const end = result.end;
  if (!end || readStated(result)) return whole;
  const joint = SPACED.exec(result.text) ?? TIGHT.exec(result.text);
  if (!joint || joint.index === 0) return whole;
  // the end shares what it does not state ("5" the month and year of "March 3")
  for (const unit of ['year', 'month'] as const) if (!end.isCertain(unit)) end.imply(unit, result.start.get(unit)!);
  const endTimex = componentsTimex(end);
  const tail = result.text.slice(joint.index + joint[0].length);
  if (!endTimex || !tail.trim()) return whole;
  // "ATLANTA, June 18 - First Wachovia Corp said": a capitalised ordinal word after the dash opens
  // the text (a name, a heading), no end day: a span's end day is written in figures or with its month
  if (CAPITAL_ORDINAL.test(tail.trim())) return [{ index: result.index, text: result.text.slice(0, joint.index), timex }];
  return [
    { index: result.index, text: result.text.slice(0, joint.index), timex },
    { index: result.index + joint.index + joint[0].length, text: tail, timex: endTimex },
  ];
}
