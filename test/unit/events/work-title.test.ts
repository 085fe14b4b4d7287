// Dates in quotation marks or before a colon that are no title keep their dates (workTitle.ts).
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const datesOf = dateWordsWith('2024-05-15');

describe('a quoted saying keeps its date', () => {
  it('keeps the day of a quoted sentence ending on its comma', () => {
    expect(datesOf('“The council will vote on Monday,” the clerk said.', [['Monday', '2024-05-20']])).toEqual(['Monday']);
  });
  it('keeps the year of a quoted phrase in lower case', () => {
    expect(datesOf('The minister said the mine would be “shut by 2030” under the deal.', [['2030', '2030']])).toEqual(['2030']);
  });
});

describe('a chronology’s year before its colon keeps its date', () => {
  it('keeps the year that opens an entry', () => {
    expect(datesOf('1998: The founders open a shop in Leeds.', [['1998', '1998']])).toEqual(['1998']);
  });
});

describe('a chronology’s line headed by days and years keeps its date', () => {
  it('keeps the year after a day of the month and its comma', () => {
    expect(datesOf('June 3-9, 1991: The Harbour Festival.', [['1991', '1991']])).toEqual(['1991']);
  });
});
