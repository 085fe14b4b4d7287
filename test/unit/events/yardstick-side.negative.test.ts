// The far side of a comparison told with a multiple, a record or a list of bases is no event:
// "double what it was in 2019", "below the record high recorded in May 2011". Sentences written
// for these tests; timexes handmade so the rule is tested alone.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = dateWordsWith(PUBLISHED);

describe('the far side of a comparison is no event', () => {
  it('drops the date of what a figure was, after a multiple', () => {
    expect(datesOf("The ferry company's share price is almost twice what it was in the spring of 2022.", [['the spring of 2022', '2022-SP']])).toEqual([]);
  });
  it('drops the year of a yardstick told as "N times as much as"', () => {
    expect(datesOf('The storm dropped more than four times as much rain as the 190 millimetres recorded at the airport in 2011.', [['2011', '2011']])).toEqual([]);
  });
  it('drops the month an extreme was recorded, with words between the extreme and the date', () => {
    expect(datesOf('The average price of diesel is 40 cents below the record high price recorded in June 2022.', [['June 2022', '2022-06']])).toEqual([]);
  });
  it('drops the year of the happening a ranking is counted since', () => {
    expect(datesOf('The rise was the steepest since a 19-cent jump in May 2019.', [['May 2019', '2019-05']])).toEqual([]);
  });
  it('drops both ends of the span of the happening a ranking is counted since', () => {
    expect(datesOf('The fall was the sharpest since a 12-point slide between March and April 2020.', [['March', '2020-03'], ['April 2020', '2020-04']])).toEqual([]);
  });
  it('drops the year of the holder a first is counted since', () => {
    expect(datesOf('She could become the first goalkeeper to win the award since Ada Moreno in 2002.', [['2002', '2002']])).toEqual([]);
  });
  it('drops the second of two bases joined by "and"', () => {
    expect(datesOf('Lending grew 6.2 pct in April, compared with 7.5 pct in March and 9.1 pct in April 2023.', [['April', '2024-04'], ['March', '2024-03'], ['April 2023', '2023-04']])).toEqual(['April']);
  });
  it('drops the day of the previous reading a change is measured from', () => {
    expect(datesOf('The index showed an average fare of $412, a drop of 18 dollars from the previous survey three weeks earlier.', [['three weeks earlier', '2024-04-24']])).toEqual([]);
  });
  it('drops the year that names a base figure', () => {
    expect(datesOf('The council wants to trim the shortfall to 40 million pounds from the projected 2024 shortfall of 52 million.', [['2024', '2024']])).toEqual([]);
  });
  it('drops the months a record with its figure was reported in, told in a relative clause', () => {
    expect(datesOf('Loan sizes shrank again, down from a record of 4.12 times salary that was reported in March and April.', [['March', '2024-03'], ['April', '2024-04']])).toEqual([]);
  });
  it('drops the date of a multiple’s other side named by its noun and when it was seen', () => {
    expect(datesOf('Rents grew by 3.1% in April, half the pace seen only six months earlier.', [['April', '2024-04'], ['six months earlier', '2023-10']])).toEqual(['April']);
  });
  it('drops the date of the reading before, past a figure’s decimal point', () => {
    expect(datesOf('Diesel averaged $4.07, a rise of 12.5 cents from the previous survey three weeks earlier.', [['three weeks earlier', '2024-04-24']])).toEqual([]);
  });
});
