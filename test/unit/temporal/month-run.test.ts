import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "output during Jan/Sept 1987", "the impact will be in July/Dec", "in Indonesia July/Sept":
// commodity copy's runs of months with a slash. A run that is a calendar quarter or half is that
// quarter or half; a run from January past its quarter is the stretch of the year's first months,
// a DURATION as "the first nine months" is (reuters/fresh15's palm oil). Sentences written for these tests.
const tagged = (text: string) => tagTimexes(text, '1992-05-20').map((t) => `${t.text}|${t.type}|${t.value}`);

describe('tagTimexes: a run of months written with a slash', () => {
  it('"Oct/Dec" is the fourth quarter', () => {
    expect(tagged('Cane crushing will peak in Oct/Dec, the mill said.')).toEqual(['Oct/Dec|DATE|1992-Q4']);
  });

  it('"Jan/June 1991" is the first half of 1991', () => {
    expect(tagged('Cocoa grindings rose in Jan/June 1991.')).toEqual(['Jan/June 1991|DATE|1991-H1']);
  });

  it('"Jan/Aug" is eight months', () => {
    expect(tagged('Exports during Jan/Aug are forecast at 1.1 mln tonnes.')).toEqual(['Jan/Aug|DURATION|P8M']);
  });
});
