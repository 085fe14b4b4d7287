import { Chrono } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { calendarParsers } from '../../../src/lib/temporal/chronoParsers';
import { parseSentence } from '../../../src/lib/temporal/newsChrono';

// A match of chrono's month-name parser or of the bare-year parser lying inside an earlier
// parser's reading ("August" and "1994" of "August 9, 1994") is not read: the overlap refiner
// would drop its reading. Purely a speed device: what a sentence gives is what it gave.
const read = (text: string) => parseSentence(text, new Date(Date.UTC(2031, 6, 9, 12)), { newsline: { reference: { year: 2031, month: 7, day: 9 } } } as object).map((r) => r.text);

describe('the parser of a month name alone', () => {
  it('is one of chrono\'s calendar parsers, which reads a month and its year', () => {
    const alone = calendarParsers().filter(({ nameAlone }) => nameAlone);
    expect(alone.length).toBe(1);
    const chrono = new Chrono({ parsers: [alone[0].parser], refiners: [] });
    expect(chrono.parse('The kiln was fired in March 2029.', new Date(2031, 5, 15)).map((r) => r.text)).toEqual(['March 2029']);
  });
});

describe('a month name or a year inside a longer date', () => {
  it('leaves the longer date whole, and reads the ones standing alone', () => {
    expect(read('The ferry sank on August 9, 1994, and the inquiry reported in 1996.')).toEqual(['August 9, 1994', '1996']);
    expect(read('Shearing starts in October and ends by Nov. 20, 2031.')).toEqual(['October', 'Nov. 20, 2031']);
    expect(read('The orchard was planted in 1987 and first cropped in September 1990.')).toEqual(['1987', 'September 1990']);
  });

  it('reads a year cut short right after a year as it did', () => {
    expect(read("Graduates of 2019'87 met again.")).toEqual(['2019']);
  });
});
