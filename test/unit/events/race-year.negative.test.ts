// What must NOT become an event: the year that says which race a sentence acts on from outside
// or before it ("sought to overturn the 2020 election", "launched a 2024 bid"): the undoing and
// the launch happen at other times. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2026-03-10';
const datesOf = dateWordsWith(PUBLISHED);

describe('a race acted on from outside is named, not dated, by its year', () => {
  it('drops the year of an election someone tried to undo', () => {
    expect(datesOf('The governor, who once helped the effort to overturn the 2020 presidential election, now chairs the ethics panel.', [['2020', '2020']])).toEqual([]);
  });
  it('drops the year of an election lied about, and keeps the day of the lying', () => {
    expect(datesOf('The host repeated falsehoods about the 2022 governor’s race on Thursday.', [['2022', '2022'], ['Thursday', '2026-03-05']])).toEqual(['Thursday']);
  });
  it('drops the year of a campaign mounted before its race', () => {
    expect(datesOf('The former mayor mounted a 2028 White House bid that leaned on small donors.', [['2028', '2028']])).toEqual([]);
  });
  it('drops the year of a race a candidate jumped into', () => {
    expect(datesOf('A retired astronaut jumped into the 2026 Senate race with a video about her father.', [['2026', '2026']])).toEqual([]);
  });
});
