// A year before an event noun dates it, also when a title follows the noun in apposition.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = dateWordsWith(PUBLISHED);

describe('a year before an event noun keeps its event', () => {
  it('keeps the year of a debut named by its title', () => {
    expect(datesOf('The quartet broke through with its 2015 debut Salt Lines, recorded in a barn.', [['2015', '2015']])).toEqual(['2015']);
  });
  it('keeps the year of a trade', () => {
    expect(datesOf('The club shipped out its goalkeeper in a 2019 trade for two prospects.', [['2019', '2019']])).toEqual(['2019']);
  });
  it('keeps the year of a season with its league and sport between', () => {
    expect(datesOf('The county wants the new arena ready for the 2027 NBL basketball season.', [['2027', '2027']])).toEqual(['2027']);
  });
});

describe('a year before the period it picks out keeps its event', () => {
  it('keeps the model year a change is made for', () => {
    expect(datesOf('The carmaker will drop the manual hatchback for the 2026 model year.', [['2026', '2026']])).toEqual(['2026']);
  });
  it('keeps the school year a rule takes effect in', () => {
    expect(datesOf('The district will start classes later in the 2025 school year.', [['2025', '2025']])).toEqual(['2025']);
  });
});

describe('a year before a name and its event noun', () => {
  it('keeps the year of a campaign named after a candidate', () => {
    expect(datesOf('She first met the strategist on the 1992 Ross H. Perot campaign in Texas.', [['1992', '1992']])).toEqual(['1992']);
  });
});

describe('a year between a verb and a happening or a figure keeps its date', () => {
  it('keeps the year of elections a country will hold', () => {
    expect(datesOf('The islands will hold 2026 elections under the new map.', [['2026', '2026']])).toEqual(['2026']);
  });
  it('keeps the year of a figure a firm expects', () => {
    expect(datesOf('The brewer expects 2025 revenue to exceed $2 billion.', [['2025', '2025']])).toEqual(['2025']);
  });
});
