import { describe, expect, it } from 'vitest';
import { tenseAround, type Tense } from '../../../src/lib/temporal/tense';

// Each case marks the date expression with [brackets]; the brackets are removed before reading.
const cases: [string, Tense | null][] = [
  ['The ferry sank on [Tuesday].', 'past'],
  ['Ministers will meet in [March].', 'future'],
  ['The new tariffs will be quietly lifted by the cabinet on [March 4].', 'future'],
  ['The accounts were officially closed by the trustees on [March 4].', 'past'],
  ['The treaty is to be signed in [June].', 'future'],
  ['The vote may be held in [April].', 'future'],
  ['Talks began in [May], and a deal will follow.', 'past'],
  ['The firm said on [Thursday] that it will expand.', 'past'],
  ['The firm said on Thursday that it will expand in [March].', 'future'],
  ['A hearing was expected on [Friday].', 'past'],
  ['The company announced plans [Friday] to cut jobs.', 'past'],
  ['The deadline is in [March].', 'present'],
  ['The summit is to take place in [March].', 'future'],
  ['Prices have fallen since [April].', 'past'],
  ['Budget talks, [March].', null],
  ['The law must be passed by [June].', 'future'],
  ['The central bank signalled another increase in [December].', 'future'],
  ['The union threatened a strike in [January].', 'future'],
  ['The minister promised to hold elections in [June].', 'future'],
  ['The central bank signalled on [Tuesday] that rates would rise.', 'past'],
  ['The mayor pledged in [March] to cut fares.', 'past'],
  ['Agency delays lander test to [spring].', 'future'],
  ['The vote was postponed until [April].', 'future'],
  ['The deadline was extended to [the end of March].', 'future'],
  ['Sales rose to a record in [March].', 'past'],
];

describe('tenseAround', () => {
  it.each(cases)('%s is read as %s', (marked, expected) => {
    const start = marked.lastIndexOf('[');
    const end = marked.lastIndexOf(']') - 1;
    const sentence = marked.slice(0, start) + marked.slice(start + 1, end + 1) + marked.slice(end + 2);
    expect(tenseAround(sentence, start, end)).toBe(expected);
  });
});
