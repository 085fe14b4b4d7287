import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: a month or a month-day beside a wire
// story's figures: a month named before or after its figure or before a trade's or a statistic's
// noun, a figure after a month and a comma (no day), two digits after a month-day (a figure, no
// year), an airline's month beside its traffic (issue 16). Sentences written for these tests.
const WED = '1987-05-13'; // a Wednesday
const values = (text: string, published = WED) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: month words the figure rules leave alone', () => {
  it('a name ending in "May" before a figure noun is no month ("Theresa May trade envoy")', () => {
    expect(values('Officials met Theresa May trade envoys in London.')).toEqual([]);
  });

  it('"a march on parliament" and a modal "may" stay words', () => {
    expect(values('Farmers staged a march on parliament and may return.')).toEqual([]);
  });

  it('a date that is not a comparison still sets the narrative\'s year: "closed in June, 1985 ... In August"', () => {
    const text = 'The mill closed in June, 1985. In August, its workers were laid off.';
    expect(tagTimexes(text, WED).map((t) => t.value)).toEqual(['1985-06', '1985-08']);
  });

  it('"since June of 1985" keeps its year', () => {
    expect(values('It was the first fall since June of 1985.')).toEqual([['June of 1985', '1985-06']]);
  });
});

describe('tagTimexes: days and months the session-12 rules leave alone', () => {
  it('"Northern Ireland on Wednesday" is the day; only the Mail and the Independent on Sunday are papers', () => {
    expect(values('The envoy visits Northern Ireland on Wednesday.')).toEqual([['Wednesday', '1987-05-13']]);
  });

  it('"an August night" and "a May morning" are no month of a year', () => {
    expect(values('It was an August night without power, and a May morning brought rain.')).toEqual([]);
  });
});

describe('tagTimexes: a day after a month and a comma with no decimal stays a day', () => {
  it('"on June 14, 1986" and "June 14." are days', () => {
    expect(values('The plant closed on June 14, 1986.', '1987-05-04')).toEqual([['June 14, 1986', '1986-06-14']]);
    expect(values('The plant closed on June 14. Output fell.', '1987-07-04')).toEqual([['June 14', '1987-06-14']]);
  });
});

describe('tagTimexes: months that bound a run name no month of the figures', () => {
  it('"from April through June, against 3.9 billion a year earlier" after a second quarter is the quarter a year back', () => {
    expect(values('Second-quarter sales rose 4 pct. The group earned 4.2 billion from April through June, against 3.9 billion a year earlier.', '1987-07-24').at(-1)).toEqual(['a year earlier', '1986-Q2']);
  });
});

describe('tagTimexes: "march" as a verb beside traffic words', () => {
  it('"Pickets march miles" and "they will march traffic" name no month', () => {
    expect(values('Pickets march miles and will march traffic off the bridge.', '1987-05-06')).toEqual([]);
  });
});

describe('tagTimexes: a month-day with its four-digit year', () => {
  it('a month-day with its four-digit year keeps it', () => {
    expect(values('The plant closed on October 12 1986 after a fire.', '1987-03-20')).toEqual([['October 12 1986', '1986-10-12']]);
  });
});
