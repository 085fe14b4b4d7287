// Page and feed stamps inside running text date no event; the news beside them keeps its dates.
// Sentences are written for these tests; timexes are handmade so the rules are tested alone.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, timexes: [string, string, string?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'TIME') ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('stamps a page puts in the text', () => {
  it('drops a wire copy’s dateline day and keeps the news after it', () => {
    const text = 'LAGOS, May 15 (Reuters) - Dock workers walked off the job on Tuesday over unpaid wages.';
    expect(datesOf(text, [['May 15', '2024-05-15'], ['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
  it('drops a stamp set off by a pipe', () => {
    const text = 'Port strike spreads | Wed May 15, 2024 9:02 am EDT Dock workers walked off the job on Tuesday.';
    expect(datesOf(text, [['May 15, 2024 9:02 am EDT', '2024-05-15T09:02', 'TIME'], ['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
  it('drops a date set off by a pipe after it', () => {
    const text = 'Talks on the dock strike collapsed on May 14 | Business desk\nThe dock workers walked off the job on Tuesday.';
    expect(datesOf(text, [['May 14', '2024-05-14'], ['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
  it('drops a print edition’s date and page', () => {
    const text = 'Wednesday, May 15, 2024; Page B02 Dock workers walked off the job on Tuesday.';
    expect(datesOf(text, [['Wednesday, May 15, 2024', '2024-05-15'], ['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
  it('drops a page’s clock line run in after the headline, and the label keeps only the news', () => {
    const text = 'Dockers strike over pay 14 May 2024 Last updated at 16:20 GMT Help Dock workers in Lagos walked off the job on Monday.';
    const events = buildEvents(text, [timexOf(text, '14 May 2024', '2024-05-14'), timexOf(text, '16:20 GMT', '2024-05-14T16:20', 'TIME'), timexOf(text, 'Monday', '2024-05-13')], PUBLISHED);
    expect(events.map((e) => [e.when.text, e.label])).toEqual([['Monday', 'Dock workers in Lagos walked off the job']]);
  });
  it('drops the times of a "Page last updated at" line', () => {
    const text = 'Page last updated at 07:15 GMT, Tuesday, 14 May 2024 08:15 UK Meet the dockers who keep Lagos moving.';
    expect(datesOf(text, [['07:15 GMT', '2024-05-14T07:15', 'TIME'], ['Tuesday, 14 May 2024 08:15', '2024-05-14T08:15', 'TIME']])).toEqual([]);
  });
  it('drops a full date with a zoned clock run in after the headline', () => {
    const text = 'Dock strike spreads to second port Tuesday 14 May 2024 17.33 BST Dock workers in Tema joined the strike on Monday.';
    expect(datesOf(text, [['Tuesday 14 May 2024', '2024-05-14'], ['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
  it('drops a weekday with a zoned clock run in after the headline', () => {
    const text = 'Dock strike spreads Tuesday 00.37 BST Dock workers in Tema joined the strike on Monday.';
    expect(datesOf(text, [['Tuesday', '2024-05-14'], ['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
  it('drops the day a credited photograph was taken', () => {
    const text = 'Photo credits: AFP/Kemi Ade (Dockers march in Lagos, May 13, 2024) The strike entered its third day on Tuesday.';
    expect(datesOf(text, [['May 13, 2024', '2024-05-13'], ['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
  it('draws nothing from a reader’s comment, dated or not', () => {
    const text = 'May 14, 2024 at 9:15 pm | Report abuse | The dockers will win this fight next week.';
    expect(datesOf(text, [['May 14, 2024 at 9:15 pm', '2024-05-14T21:15', 'TIME'], ['next week', '2024-W21']])).toEqual([]);
  });
  it('drops a print edition’s date and clock set off by a semicolon', () => {
    const text = 'Wednesday, May 15, 2024; 4:02 PM Dock workers walked off the job on Tuesday.';
    expect(datesOf(text, [['Wednesday, May 15, 2024', '2024-05-15'], ['4:02 PM', '2024-05-15T16:02', 'TIME'], ['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
  it('draws nothing from a note on the print edition', () => {
    const text = 'A version appeared on p12 of the Business section of the Courier on Thursday 16 May 2024.';
    expect(datesOf(text, [['Thursday 16 May 2024', '2024-05-16']])).toEqual([]);
  });
  it('draws nothing from a comment stamped "Report as abuse"', () => {
    const text = 'The strike will end next week May 14, 2024 9:15 pm EDT -- Report as abuse';
    expect(datesOf(text, [['next week', '2024-W21'], ['May 14, 2024 9:15 pm EDT', '2024-05-14T21:15', 'TIME']])).toEqual([]);
  });
  it('drops the date line under an embedded tweet', () => {
    const text = '@harbourdesk 9:12 pm ET May 14, 2024 RETWEET Dock workers walked off the job on Tuesday.';
    expect(datesOf(text, [['9:12 pm ET May 14, 2024', '2024-05-14T21:12', 'TIME'], ['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
  it('drops a headline rail’s freshness in abbreviations', () => {
    const text = 'Dockers strike over pay - 3 hrs ago Ferry fares rise again - 5 mins ago';
    expect(datesOf(text, [['3 hrs ago', '2024-05-15T06:00', 'TIME'], ['5 mins ago', '2024-05-15T08:55', 'TIME']])).toEqual([]);
  });
});

describe('a blog comment signed with its poster and time', () => {
  it('draws nothing from the comment or its signature', () => {
    const text = 'The council will fold by next week, mark my words Posted by Ana Ruiz on May 14, 2024 09:15 PM.';
    expect(datesOf(text, [['next week', '2024-W21'], ['May 14, 2024 09:15 PM', '2024-05-14T21:15', 'TIME']])).toEqual([]);
  });
});

describe('a dateline and a correction stamp written without their usual marks', () => {
  it('drops the day a dateline puts in brackets after the place', () => {
    const text = 'LISBON (May 14) -- Dock workers walked off the job over unpaid wages.';
    expect(datesOf(text, [['May 14', '2024-05-14']])).toEqual([]);
  });
  it('drops a correction’s stamp written with no colon before its date', () => {
    const text = 'Correction 5/14/24 9:12 a.m. EDT: An earlier version of this story misspelled the harbour master’s name.';
    expect(datesOf(text, [['5/14/24 9:12 a.m. EDT', '2024-05-14T09:12', 'TIME']])).toEqual([]);
  });
});

describe('a copyright line', () => {
  it('drops the year of a copyright line with its owner', () => {
    expect(datesOf('Fund data: 2023 Harbourline Research, Inc..', [['2023', '2023']])).toEqual([]);
    expect(datesOf('© 2022 Northgate Media. All rights reserved.', [['2022', '2022']])).toEqual([]);
  });
});

describe('a live page’s entry clocks are no years', () => {
  it('drops four-figure clocks opening the entries of a live page', () => {
    const text = 'Live: storm hits the coast\n1402 Ferries are cancelled across the strait.\n1415 The coastguard says two boats are missing.\n1433 Power is cut to 40,000 homes, the utility says.';
    expect(datesOf(text, [['1402', '1402'], ['1415', '1415'], ['1433', '1433']])).toEqual([]);
  });
});

describe('a dateline without brackets and a copyright sign after its year', () => {
  it('drops the day of "BERGEN, Mar. 4 — ..." and keeps the news after it', () => {
    const text = 'BERGEN, Mar. 4 — The harbour board voted on Monday to close the north quay.';
    expect(datesOf(text, [['Mar. 4', '2024-03-04'], ['Monday', '2024-03-04']])).toEqual(['Monday']);
  });
  it('drops a year followed by the copyright sign', () => {
    expect(datesOf('Northern Courier Media, 2023 ©', [['2023', '2023']])).toEqual([]);
  });
});

describe('a stamp label run into the headline before it', () => {
  it('drops the date and clock after "…forcePublished:"', () => {
    const text = 'Harbour tax comes into forcePublished: Monday, 13 May, 2024, 09:12 AM Local Time';
    expect(datesOf(text, [['Monday, 13 May, 2024', '2024-05-13'], ['09:12 AM', '2024-05-13T09:12', 'TIME']])).toEqual([]);
  });
});

describe('a press release’s dateline', () => {
  it('drops the day before "/PRNewswire/ --" and keeps the news', () => {
    const text = 'PORTLAND, Ore., May 9 /PRNewswire/ -- Harbour Tech Inc. said on Thursday it had opened a new plant.';
    expect(datesOf(text, [['May 9', '2024-05-09'], ['Thursday', '2024-05-09']])).toEqual(['Thursday']);
  });
});

describe('a wire dateline with a plain hyphen, or after a photo credit', () => {
  it('drops the day of "OSLO, May 6 - ..." as 1980s wire copy set it, and keeps the month reported', () => {
    const text = 'OSLO, May 6 - Norwegian factory output rose 2 pct in April, the statistics office said.';
    expect(datesOf(text, [['May 6', '2024-05-06'], ['April', '2024-04']])).toEqual(['April']);
  });
  it('drops the dateline a page runs on after the photo credits', () => {
    const text = 'Flood barriers on the river. (Photo/Ana Ruiz) (Ana Ruiz - News) TURIN, May 9 -- The city council closed the old bridge on Wednesday.';
    expect(datesOf(text, [['May 9', '2024-05-09'], ['Wednesday', '2024-05-08']])).toEqual(['Wednesday']);
  });
});

describe('a dateline’s day cuts no clause and leaves every label', () => {
  it('keeps the reported month’s clause whole after a dateline, commas between its figures and all', () => {
    const text = 'OSLO, May 6 - Norwegian jobless numbers fell a record 4,300 in April, the labour office said.';
    const events = buildEvents(text, [timexOf(text, 'May 6', '2024-05-06'), timexOf(text, 'April', '2024-04')], PUBLISHED);
    expect(events.map((e) => [e.when.text, e.label])).toEqual([['April', 'Norwegian jobless numbers fell a record 4,300']]);
  });
  it('leaves the dateline out of an undated projection’s label', () => {
    const text = 'OSLO, May 6 - The state ferry company will sell its two oldest ships, the ministry said.';
    const events = buildEvents(text, [timexOf(text, 'May 6', '2024-05-06')], PUBLISHED);
    expect(events.map((e) => e.label)).toEqual(['The state ferry company will sell its two oldest ships']);
  });
});

describe('a title-case wire dateline and a stamp line with its year before the pipe', () => {
  it('drops the day of "Oslo, May 6 - ..." at the head of a paragraph', () => {
    const text = 'Ferry news\nOslo, May 6 - Several analysts said the ferry line would be sold in June.';
    expect(datesOf(text, [['May 6', '2024-05-06'], ['June', '2024-06']])).toEqual(['June']);
  });
  it('drops "January 31, 2024 | By Ann Roe" run into a caption', () => {
    const text = 'January 31, 2024 | By Ann Roe, News Soldiers stand guard outside the museum.';
    expect(datesOf(text, [['January 31', '2024-01-31']])).toEqual([]);
  });
});

describe('a byline stamp with a clock between its date and its pipe', () => {
  it('drops "March 3, 2024 - 9:15 AM | by: Ana Ruiz"', () => {
    expect(datesOf('March 3, 2024 - 9:15 AM | by: Ana Ruiz Crews restored power to the valley.', [['March 3, 2024', '2024-03-03']])).toEqual([]);
  });
  it('drops "Tom Hale | 14:30 UK time, Monday, 4 March 2024"', () => {
    expect(datesOf('Tom Hale | 14:30 UK time, Monday, 4 March 2024 Flood barriers went up along the river.', [['4 March 2024', '2024-03-04']])).toEqual([]);
  });
});

describe('a caption’s date with the photographer’s credit after a slash', () => {
  it('drops "(A crane lifts a hull at the yard in Gdansk May 2, 2024/Jan Nowak)"', () => {
    expect(datesOf('(A crane lifts a hull at the yard in Gdansk May 2, 2024/Jan Nowak) The shipyard hired 300 welders.', [['May 2, 2024', '2024-05-02']])).toEqual([]);
  });
});
