import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Issue 16: a year followed by the modal "may" in lower case is the year alone; "May" the month
// after a year is written with its capital ("1998 May 4" in some registers) or before it.
const PUB = '2012-06-01';

describe('tagTimexes: a year, then the modal "may"', () => {
  it.each([
    ['a participle phrase', 'Pipes laid before 1986 may carry asbestos.', '1986'],
    ['a passive', 'The rules adopted in 2004 may be scrapped.', '2004'],
    ['"may well"', 'Waiting until 2015 may well cost more.', '2015'],
  ])('%s: only the year is tagged', (_name, sentence, year) => {
    expect(tagged(sentence, PUB, year)).toEqual({ text: year, type: 'DATE', value: year });
  });
});
