import { describe, expect, it } from 'vitest';
import type { Timex } from '../../../src/lib/document';
import { findRanges, tagTimexes } from '../../../src/lib/temporal/index';

// Sentences written for these tests. Wednesday 2025-11-05 unless a case says otherwise.
const WED = '2025-11-05';

/** "text=value" of every timex, in order. */
const values = (sentence: string, published: string) => tagTimexes(sentence, published).map((t) => `${t.text}=${t.value}`);

describe('the ends of a span are resolved together', () => {
  const cases: [string, string, string, string[]][] = [
    ['"Tuesday to Thursday next week" puts both days in next week', 'The inquiry sits from Tuesday to Thursday next week.', WED, ['Tuesday=2025-11-11', 'Thursday next week=2025-11-13']],
    ['a projected "between Monday and Wednesday" in a Wednesday article ends a week ahead, not on publication day', 'Ballots will be counted between Monday and Wednesday.', WED, ['Monday=2025-11-10', 'Wednesday=2025-11-12']],
    ['a past "from Thursday to Saturday" written on a Wednesday is last week\'s, both ends past', 'The walkout lasted from Thursday to Saturday.', WED, ['Thursday=2025-10-30', 'Saturday=2025-11-01']],
    ['"April 7-9" is two timexes, the second the 9th of the same April', 'Delegates gathered April 7-9 in Lyon.', WED, ['April 7=2025-04-07', '9=2025-04-09']],
    ['an en dash works like a hyphen: "July 20–22" in a projected sentence is next July', 'The regatta will take place July 20–22.', WED, ['July 20=2026-07-20', '22=2026-07-22']],
    ['a year after the second day belongs to both: "Sept. 8-10, 2027"', 'The congress is set for Sept. 8-10, 2027.', WED, ['Sept. 8=2027-09-08', '10, 2027=2027-09-10']],
    ['"Dec. 29 to Jan. 3" in a projected sentence rolls into the next year', 'The ice rink will open Dec. 29 to Jan. 3.', WED, ['Dec. 29=2025-12-29', 'Jan. 3=2026-01-03']],
    ['the same span in a past sentence ends the January before publication', 'The ice rink opened Dec. 29 to Jan. 3.', WED, ['Dec. 29=2024-12-29', 'Jan. 3=2025-01-03']],
    ['"from October to February" in a past sentence starts the October before that February', 'Rainfall was scarce from October to February.', '2025-04-02', ['October=2024-10', 'February=2025-02']],
    ['"from May until August" in a projected sentence is next year\'s May to August', 'The canal will stay drained from May until August.', WED, ['May=2026-05', 'August=2026-08']],
    ['"from 2012 through 2016" keeps both years', 'The mine ran at a loss from 2012 through 2016.', WED, ['2012=2012', '2016=2016']],
    ['"2012-2016" is two years', 'Its 2012-2016 plan failed.', WED, ['2012=2012', '2016=2016']],
    ['"the 2023–24 season" ends in 2024', 'The club won the league in the 2023–24 season.', WED, ['2023=2023', '24=2024']],
    ['"4-6 June" shares the month the other way round', 'The fair was held 4-6 June.', WED, ['4=2025-06-04', '6 June=2025-06-06']],
    ['a hyphen joins two weekdays: a projected "Monday-Friday" is next week\'s', 'The hotline will be staffed Monday-Friday.', WED, ['Monday=2025-11-10', 'Friday=2025-11-14']],
    ['a present "Monday–Friday" of a Wednesday article is the week under way', 'The hotline is staffed Monday–Friday.', WED, ['Monday=2025-11-03', 'Friday=2025-11-07']],
    ['an end with a year lends it to a start without one: "March to June 2027"', 'Repairs are planned from March to June 2027.', WED, ['March=2027-03', 'June 2027=2027-06']],
  ];
  it.each(cases)('%s', (_name, sentence, published, expected) => {
    expect(values(sentence, published)).toEqual(expected);
  });
});

describe('weeks named by a day', () => {
  it.each([
    ['"Friday next week" in a Wednesday 2025-11-05 article is 2025-11-14, one timex', 'The tender closes Friday next week.', WED, ['Friday next week=2025-11-14']],
    ['"Monday of last week" is 2025-10-27', 'Talks collapsed on Monday of last week.', WED, ['Monday of last week=2025-10-27']],
    ['"the week of Dec. 8" is the ISO week holding that day, 2025-W50', 'Jury selection begins the week of Dec. 8.', WED, ['the week of Dec. 8=2025-W50']],
  ])('%s', (_name, sentence, published, expected) => {
    expect(values(sentence, published)).toEqual(expected);
  });
});

describe('findRanges', () => {
  const pairs = (sentence: string) => {
    const timexes = tagTimexes(sentence, WED);
    return findRanges(sentence, timexes).map((p) => `${sentence.slice(p.start, p.end)} [${timexes[p.from].text}|${timexes[p.to].text}]`);
  };
  const cases: [string, string, string[]][] = [
    ['"from X to Y" spans from "from"', 'Prices were frozen from 2014 to 2017.', ['from 2014 to 2017 [2014|2017]']],
    ['"between X and Y" spans from "between"', 'Between 2001 and 2004 the line was closed.', ['Between 2001 and 2004 [2001|2004]']],
    ['a bare "X through Y" is a span', 'The gallery is closed Monday through Thursday.', ['Monday through Thursday [Monday|Thursday]']],
    ['a dash joins two days of one month', 'It met Oct. 14-16.', ['Oct. 14-16 [Oct. 14|16]']],
    ['"in March and June" is two dates, not a span', 'Rates rose in March and June.', []],
    ['a moved date names two alternatives: "moved the vote from Tuesday to Friday"', 'Leaders moved the vote from Tuesday to Friday.', []],
    ['a postponement is no span either', 'The launch was postponed from 2026 to 2027.', []],
    ['a spaced em dash is a clause break', 'Sales rose in 2019 — 2020 was worse.', []],
    ['"from X up to Y" spans from "from"', 'The levy will apply from 2027 up to 2030.', ['from 2027 up to 2030 [2027|2030]']],
    ['"up to Y" without "from" is no span: "rose in 2019 up to 2021 levels"', 'Output rose in 2019 up to 2021 levels.', []],
  ];
  it.each(cases)('%s', (_name, sentence, expected) => {
    expect(pairs(sentence)).toEqual(expected);
  });

  it('reads handmade timexes and never chains an end into a second pair', () => {
    const text = 'from 1990 to 1995 to 2000';
    const t = (start: number, end: number): Timex => ({ start, end, text: text.slice(start, end), type: 'DATE', value: text.slice(start, end) });
    expect(findRanges(text, [t(5, 9), t(13, 17), t(21, 25)])).toEqual([{ from: 0, to: 1, start: 0, end: 17 }]);
  });

  it('ignores durations and references between dates', () => {
    const text = 'between now and 2030';
    const timexes: Timex[] = [
      { start: 8, end: 11, text: 'now', type: 'DATE', value: 'PRESENT_REF' },
      { start: 16, end: 20, text: '2030', type: 'DATE', value: '2030' },
    ];
    expect(findRanges(text, timexes)).toEqual([]);
  });
});

describe('dashes that join no dates', () => {
  const cases: [string, string][] = [
    ['a count between two year-like numbers is no span', 'Some 1900-2000 workers walked out.'],
    ['a score printed with an en dash is no date', 'The hosts won 3–2 after extra time.'],
    ['a month written in ISO form is not read as two years', 'The index stood at 2019-08 levels.'],
    ['a weekday hyphened to another word is no weekday', 'A pre-Sunday sale and a Friday-night raid.'],
  ];
  it.each(cases)('%s', (_name, sentence) => {
    expect(values(sentence, WED)).toEqual([]);
  });
});
