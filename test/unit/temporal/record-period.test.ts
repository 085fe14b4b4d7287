import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A figure ranked within the period a market report tells (sentences written for these tests).
describe('a period a figure is ranked in', () => {
  it.each([
    ["the bond market's worst loss of the year", 'Treasury bonds suffered their worst loss of the year on the jobs report.', 'the year', '1994'],
    ['the busiest session of the month', 'Floor traders called it the busiest session of the month.', 'the month', '1994-03'],
    ["the week's heaviest volume", "The shares traded on the week's heaviest volume.", 'the week', '1994-W10'],
    ["the year's largest merger", "The year's largest merger was announced in January.", 'The year', '1994'],
  ])("'%s' is the period of the story", (_name, sentence, words, value) => {
    expect(tagged(sentence, '1994-03-11', words)).toEqual({ text: words, type: 'DATE', value });
  });

  it("'the most active issue of the day' is the day of the story", () => {
    expect(tagged('On Tuesday, Chrysler was the most active issue of the day.', '1994-03-11', 'the day')).toEqual({ text: 'the day', type: 'DATE', value: '1994-03-08' });
  });
});
