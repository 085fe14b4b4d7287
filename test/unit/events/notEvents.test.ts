// The other side of notEvents.negative.test.ts: dated words that look like the rules' cases
// but do date an event.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';
import { isFragmentLine } from '../../../src/lib/events/pageLines';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, timexes: [string, string, ('DATE' | 'DURATION' | 'TIME')?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, type ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('a run between two days after a change verb keeps its span', () => {
  it('keeps a rise told from one day to another', () => {
    expect(datesOf('The river rose from Sunday to Tuesday as the rain kept falling.', [['Sunday', '2024-05-12'], ['Tuesday', '2024-05-14']])).toEqual(['from Sunday to Tuesday']);
  });
  it('keeps the day a record figure was reached, named after the figure', () => {
    expect(datesOf('Prices are down 12 per cent from the all-time high of $640,000 reached in March.', [['March', '2024-03']])).toEqual(['March']);
  });
  it('keeps the month a fall measured from the month before ends in', () => {
    expect(datesOf('Car sales fell 9 percent from March to April, the dealers said.', [['March', '2024-03'], ['April', '2024-04']])).toEqual(['April']);
  });
  it('keeps a day a team moved from its base', () => {
    expect(datesOf('The squad moved from Tuesday’s camp to the capital.', [['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
});

describe('dates that look like qualifiers or comparisons but date events', () => {
  it('keeps a year before an event noun ("the 2022 election")', () => {
    expect(datesOf('She lost the 2022 election by 300 votes.', [['2022', '2022']])).toEqual(['2022']);
  });
  it('keeps a year that a preposition governs', () => {
    expect(datesOf('In 2019 the mill closed its doors.', [['2019', '2019']])).toEqual(['2019']);
  });
  it('keeps "more than a year ago", an approximation, not a comparison', () => {
    expect(datesOf('The firm sold the tower more than a year ago.', [['a year ago', '2023']])).toEqual(['a year ago']);
  });
  it('keeps a drop "from" a day when no amount stands between', () => {
    expect(datesOf('Shares rose, recovering a drop from Monday.', [['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
  it('keeps a past-tense sentence that ends on a full date', () => {
    expect(datesOf('The governor signed the water bill in Nashville on Tuesday, May 14, 2024.', [['May 14, 2024', '2024-05-14']])).toEqual(['May 14, 2024']);
  });
  it('keeps a day after a comma that closes a comparison ("down from $40, on Monday")', () => {
    expect(datesOf('Shares closed at $31, down from $40, on Monday after the recall.', [['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
  it('keeps a drop "on" a day, which dates the drop', () => {
    expect(datesOf('The peso steadied after a 2 percent drop on Monday.', [['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
  it('keeps a bound or a date after "as ... as" ("as early as Monday", "as recently as 2021")', () => {
    expect(datesOf('A decision could come as early as Monday.', [['Monday', '2024-05-20']])).toEqual(['Monday']);
    expect(datesOf('The plant flooded as recently as 2021.', [['2021', '2021']])).toEqual(['2021']);
  });
  it('keeps a match played "against" a side on a day', () => {
    expect(datesOf('The club played against Leeds in March.', [['March', '2024-03']])).toEqual(['March']);
  });
  it('keeps the day a peak was reached when it is the news ("prices peaked in March")', () => {
    expect(datesOf('Diesel prices peaked in March.', [['March', '2024-03']])).toEqual(['March']);
  });
  it('keeps the month figures for a region were released in', () => {
    expect(datesOf('The ministry released its export figures for Asia in April.', [['April', '2024-04']])).toEqual(['April']);
  });
  it('keeps work spread over the years ahead, which no forecast covers', () => {
    expect(datesOf('The council will rebuild the sea wall over the next three years.', [['the next three years', 'P3Y', 'DURATION']])).toEqual(['the next three years']);
  });
  it('keeps the day a record was set, after "than at any time on record"', () => {
    expect(datesOf('The river rose higher than at any time on record on Tuesday.', [['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
  it('keeps the date of a forecast compared with an earlier one', () => {
    expect(datesOf('Chile is expected to grow 2% this year compared with 2.5% in the spring outlook.', [['this year', '2024']])).toEqual(['this year']);
  });
  it('keeps an event noun "of" a date that no superlative ranks ("the storm of 1987")', () => {
    expect(datesOf('Older residents still talk about the flooding of 1953.', [['1953', '1953']])).toEqual(['1953']);
  });
  it('keeps a present-tense plan ending on the date it is set for', () => {
    expect(datesOf('The board meets to approve the budget on May 20, 2024.', [['May 20, 2024', '2024-05-20']])).toEqual(['May 20, 2024']);
  });
  it('keeps "today" after a reported plan with "would"', () => {
    expect(datesOf('The board said it would vote today on the budget.', [['today', '2024-05-15']])).toEqual(['today']);
  });
  it('keeps "today" before an action ("The board votes today")', () => {
    expect(datesOf('The board votes today on the merger.', [['today', '2024-05-15']])).toEqual(['today']);
  });
  it('keeps a clock time of the day ("at 7:30 on Monday")', () => {
    expect(datesOf('The train left at 7:30 on Monday.', [['7:30', '2024-05-13T07:30']])).toEqual(['7:30']);
  });
});

describe('a line that looks like a heading but tells news', () => {
  it('keeps a sentence-case line with its verb', () => {
    const text = 'Harbour works begin.\nCrews close the north quay on Monday\nTraffic will be diverted.';
    const at = text.indexOf('Monday');
    expect(buildEvents(text, [{ start: at, end: at + 6, text: 'Monday', type: 'DATE', value: '2024-05-20' }], '2024-05-15').filter((e) => e.when.start).map((e) => e.when.start)).toEqual(['2024-05-20']);
  });
  it('keeps a morning with no day of its own', () => {
    const text = 'The ferry left the quay early this morning with 40 passengers.';
    const at = text.indexOf('early this morning');
    expect(buildEvents(text, [{ start: at, end: at + 18, text: 'early this morning', type: 'TIME', value: '2024-05-15TMO' }], '2024-05-15').map((e) => e.when.start)).toEqual(['2024-05-15']);
  });
});

describe('a change dated by "since" without a tallied figure keeps its date', () => {
  it.each([
    ['House prices have declined steadily in the valley since the spring.', 'the spring', '2024-SP', 'the spring'],
    ['The striker has not played since April 2, when he injured his knee.', 'April 2', '2024-04-02', 'April 2'],
  ])('%j', (text, words, value, expected) => {
    expect(buildEvents(text, [timexOf(text, words, value, 'DATE')], '2024-05-15').map((e) => e.when.text)).toEqual([expected]);
  });
});

describe('"today" with a happening keeps its date', () => {
  it.each([['The committee votes today on the harbour plan.'], ['Today the minister signed the order.']])('%j', (text) => {
    const at = text.search(/today/i);
    expect(datesOf(text, [[text.slice(at, at + 5), '2024-05-15']])).toHaveLength(1);
  });
});

describe('"since" a day with no toll or level keeps its day', () => {
  it('keeps "She has led the agency since 2019"', () => {
    expect(datesOf('She has led the agency since 2019.', [['2019', '2019']])).toEqual(['2019']);
  });
});

describe('a date in a plain condition keeps its event', () => {
  it('keeps "If the vote is held on Tuesday, ..."', () => {
    const text = 'If the vote is held on Tuesday, the bill will pass.';
    expect(buildEvents(text, [timexOf(text, 'Tuesday', '2024-05-21')], '2024-05-15').map((e) => e.when.text)).toEqual(['Tuesday']);
  });
});

describe('a sentence with web addresses is prose, not code', () => {
  it('keeps "On January 20, Facebook.com/CityHall will be archived at Facebook.com/CityHall44"', () => {
    const text = 'On January 20, Facebook.com/CityHall will be archived at Facebook.com/CityHall44.';
    expect(buildEvents(text, [timexOf(text, 'January 20', '2025-01-20')], '2024-05-15').map((e) => e.when.text)).toEqual(['January 20']);
  });
});

describe('a period before a figure that changed, a day in brackets in prose and "still" today keep their dates', () => {
  it('keeps a quarter in which a profit fell', () => {
    const text = 'Net profit fell by a fifth in the third quarter.';
    expect(datesOf(text, [['the third quarter', '2024-Q3']])).toEqual(['the third quarter']);
  });
  it('keeps a day in brackets inside a sentence', () => {
    const text = 'The ferry service resumed (on May 14) after the strike ended.';
    expect(datesOf(text, [['May 14', '2024-05-14']])).toEqual(['May 14']);
  });
  it('keeps "today" before what is still going on today', () => {
    const text = 'Today the council is still debating the harbour plan.';
    expect(datesOf(text, [['Today', '2024-05-15']])).toEqual(['Today']);
  });
});

describe('quarters, likenesses and tomorrows that do date events', () => {
  it('keeps a results story’s fourth quarter, even beside points', () => {
    expect(datesOf('Sales rose 4 points in the fourth quarter, the retailer said.', [['the fourth quarter', '2023-Q4']])).toEqual(['the fourth quarter']);
  });
  it('keeps a clock time after "the last", when it is a time of day', () => {
    expect(datesOf('Staff locked the doors behind the last 6:40 p.m. arrivals.', [['6:40 p.m.', '2024-05-15T18:40', 'TIME']])).toEqual(['6:40 p.m.']);
  });
  it('keeps a date after "as if to", a purpose and no likeness', () => {
    expect(datesOf('As if to settle the matter, the board voted on Monday to sell the site.', [['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
  it('keeps a plain past condition with no "would"', () => {
    expect(datesOf('The council said the road had flooded on Monday, as residents had warned.', [['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
  it('keeps "tomorrow" as a day', () => {
    expect(datesOf('The union will vote tomorrow on the offer.', [['tomorrow', '2024-05-16']])).toEqual(['tomorrow']);
  });
});

describe('a saying after a counterfactual clause keeps its day', () => {
  it('keeps the day of the telling', () => {
    expect(datesOf('The dam would still stand if it had not been drained, an engineer told the hearing yesterday.', [['yesterday', '2024-05-14']])).toEqual(['yesterday']);
  });
});

describe('lines that look like stamps, captions or list entries but tell news', () => {
  it('keeps a sentence opening on "By" with a verb after the date', () => {
    expect(datesOf('By March 4, 2024, the council had spent the whole grant.', [['March 4, 2024', '2024-03-04']])).toEqual(['March 4, 2024']);
  });
  it('keeps a verbless line whose words before the date are no name', () => {
    expect(datesOf('The day of the flood: Nov. 3, 2019.', [['Nov. 3, 2019', '2019-11-03']])).toEqual(['Nov. 3, 2019']);
  });
  it('keeps a present line ending on a month with no year above the next copy’s dateline', () => {
    const text = 'Ministers are in Rome for the talks, their third since a summit in March.\nROME (Reuters) - The talks ended on Tuesday.';
    expect(datesOf(text, [['March', '2024-03'], ['Tuesday', '2024-05-14']])).toEqual(['March', 'Tuesday']);
  });
  it('keeps a past line above a wire dateline and the present lead below it', () => {
    const text = 'The ferry sank off the cape in May 2019.\nOSLO, Tue Apr 9, 2024 (Reuters) - The shipowner says it pays the families on Friday.';
    expect(datesOf(text, [['May 2019', '2019-05'], ['Friday', '2024-05-17']])).toEqual(['May 2019', 'Friday']);
  });
  it('keeps a past-tense sentence ending on a day-first date', () => {
    expect(datesOf('The prime minister resigned after losing the vote, 12 Mar 2024', [['12 Mar 2024', '2024-03-12']])).toEqual(['12 Mar 2024']);
  });
});

describe('sentences with "by" that are no bylines', () => {
  it('keeps a deadline opened by "By"', () => {
    expect(datesOf('By this summer the bakery aims to double its output.', [['this summer', '2024-SU']])).toEqual(['this summer']);
  });
  it('keeps a report by a named body', () => {
    expect(datesOf('The figures were released on Monday by Statistics Norway.', [['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
});

describe('a speaker’s "Listen:" inside prose', () => {
  it('keeps the date of a quoted line that opens on "Listen:"', () => {
    expect(datesOf('The mayor spoke on Monday. "Listen: we will reopen the pier on Friday," she said.', [['Monday', '2024-05-13'], ['Friday', '2024-05-17']])).toEqual(['Monday', 'Friday']);
  });
});

describe('a jump of weeks or months told in the past keeps its date', () => {
  it('keeps a past going-on after "months later"', () => {
    expect(datesOf('The storm hit in March. Two months later, crews were still clearing roads.', [['March', '2024-03'], ['Two months later', '2024-05']])).toEqual(['March', 'Two months later']);
  });
});

describe('"as … as" phrases and case lines that still date', () => {
  it('keeps a date bounding a happening ("as early as") with a verb after it', () => {
    expect(datesOf('The ferry could resume as early as the harbour was reopened on Monday.', [['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
  it('keeps the day a case is filed when the sentence reports the filing', () => {
    expect(datesOf('The case was filed on March 2 in federal court in Portland.', [['March 2', '2024-03-02']])).toEqual(['March 2']);
  });
});

describe('a bare clock that is a time of day', () => {
  it('keeps a kick-off time, where nobody scores', () => {
    expect(datesOf('The final kicks off at 19:45 at the national stadium.', [['19:45', '2024-05-15T19:45', 'TIME']])).toEqual(['19:45']);
  });
  it('keeps a clock with its zone even in a sentence about scoring', () => {
    expect(datesOf('The scoring panel met at 16:00 GMT to review the bout.', [['16:00', '2024-05-15T16:00', 'TIME']])).toEqual(['16:00']);
  });
});

describe('a day that marks something of its own', () => {
  it('keeps "Today marks the start of the strike"', () => {
    expect(datesOf('Today marks the start of a three-day strike by port workers.', [['Today', '2024-05-15']])).toEqual(['Today']);
  });
});

describe('dated lines that make a chronology', () => {
  it('keeps two lines in a row, each a step of what happened', () => {
    const text = 'How it unfolded:\nMay 3: The council closes the beach.\nMay 6: Crews begin the clean-up.';
    expect(datesOf(text, [['May 3', '2024-05-03'], ['May 6', '2024-05-06']])).toEqual(['May 3', 'May 6']);
  });
});

describe('"last" with a sighting or a meeting, not a level, keeps its day', () => {
  it('keeps the day a missing walker was last seen', () => {
    expect(datesOf('The walker was last seen on Sunday near the ridge.', [['Sunday', '2024-05-12']])).toEqual(['Sunday']);
  });
  it('keeps "the last time" two leaders met', () => {
    expect(datesOf('The last time the two leaders met was in March, in Geneva.', [['March', '2024-03']])).toEqual(['March']);
  });
  it('keeps a record set on a day', () => {
    expect(datesOf('The index set a record on Tuesday, its highest close since trading began.', [['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
});

describe('a line set apart that tells a happening keeps its date', () => {
  it('keeps a verb line with no full stop under a heading', () => {
    const text = 'Council news\n\nHarbour board approves new quay on Tuesday';
    expect(datesOf(text, [['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
  it('reads a sentence set apart that ends with a Japanese full stop as prose, not a list’s item', () => {
    const text = '新しい橋\n\n市は2023年に新しい橋を開通させた。';
    expect(isFragmentLine(text, { start: 6, end: text.length })).toBe(false);
    expect(isFragmentLine('Weights\n\n2016 & 2040 Harbor Pro, 182 cm', { start: 9, end: 39 })).toBe(true);
  });
  it('keeps a line set apart that names a happening by its noun', () => {
    const text = 'Coming up\n\nRegional election in October';
    expect(datesOf(text, [['October', '2024-10']])).toEqual(['October']);
  });
});

describe('an ordinal with a named day or a month, or a year with a forecast but no comparison, keeps its date', () => {
  it('keeps "for the first time in March": the month it first happened', () => {
    expect(datesOf('The bakery chain turned a profit for the first time in March.', [['March', '2024-03']])).toEqual(['March']);
  });
  it('keeps the latest week of a run ("for a fifth week in a row")', () => {
    expect(datesOf('Copper prices fell for a fifth week in a row.', [['fifth week', '2024-W20']])).toEqual(['fifth week']);
  });
  it('keeps the day of "the fourth time" when the day is named', () => {
    expect(datesOf('The river burst its banks for the fourth time on Sunday.', [['Sunday', '2024-05-12']])).toEqual(['Sunday']);
  });
  it('keeps a year said, after "that", to bring something', () => {
    expect(datesOf('The minister said that in 2025 the line would reopen.', [['2025', '2025']])).toEqual(['2025']);
  });
});

describe('a comparison’s baseline followed by a "when" clause dates what that clause tells', () => {
  it('keeps the year and labels the "when" clause', () => {
    const text = 'Traffic is heavier than in 2011, when the old bridge closed for repairs.';
    const events = buildEvents(text, [timexOf(text, '2011', '2011')], PUBLISHED);
    expect(events.map((e) => [e.when.text, e.label])).toEqual([['2011', 'The old bridge closed for repairs']]);
  });
});

describe('a half in a story that counts books, not play', () => {
  it('keeps the first half of a results story that also names points', () => {
    const text = 'The brewer’s shares fell 3 points. Its profit rose in the first half, and revenue grew. Sales of lager drove earnings, the company said. Margins widened as prices climbed.';
    expect(datesOf(text, [['the first half', '2024-H1']])).toEqual(['the first half']);
  });
  it('keeps the second half of a season preview that names no play', () => {
    const text = 'The club will open a new stadium in the second half, the owners said.';
    expect(datesOf(text, [['the second half', '2024-H2']])).toEqual(['the second half']);
  });
});

describe('a condition with "could" that dates what happened', () => {
  it('keeps the day told outside the condition', () => {
    expect(datesOf('If the ferry could not sail, the port said, it was because the crane broke on Friday.', [['Friday', '2024-05-10']])).toEqual(['Friday']);
  });
});

describe('a figure and a year that are not a change’s base', () => {
  it('keeps the year a move to an address happened', () => {
    expect(datesOf('The charity moved to 12 Quay Street from Leeds in 2019.', [['2019', '2019']])).toEqual(['2019']);
  });
  it('keeps a caption-like "was pictured" told in prose', () => {
    expect(datesOf('Moreau was pictured at a summit on April 2 with the prime minister.', [['April 2', '2024-04-02']])).toEqual(['April 2']);
  });
});

describe('a change over a length is no base', () => {
  it('keeps the past five years a holding grew over from one figure to another', () => {
    const text = 'The funds raised their bond holdings to $90 billion from $52 billion over the past five years.';
    expect(datesOf(text, [['the past five years', 'P5Y', 'DURATION']])).toHaveLength(1);
  });
});

describe('a state that is no likeness keeps its period', () => {
  it('keeps the year a bridge was closed', () => {
    expect(datesOf('The old bridge was closed in 2019 after an inspection.', [['2019', '2019']])).toEqual(['2019']);
  });
});

describe('a photo in prose keeps its day', () => {
  it('keeps the day a picture was published', () => {
    expect(datesOf('The agency published the picture on April 2 after a week of talks.', [['April 2', '2024-04-02']])).toEqual(['April 2']);
  });
});

describe('a sentence with a participle after its subject and a past verb is no caption', () => {
  it('keeps "Workers carrying banners blocked the gates ... March 12, 2024."', () => {
    expect(datesOf('Workers carrying banners blocked the gates of the plant in Katowice March 12, 2024.', [['March 12, 2024', '2024-03-12']])).toEqual(['March 12, 2024']);
  });
});

describe('"against" that sets no figure beside a base keeps its date', () => {
  it('keeps a march held against police advice on a day', () => {
    expect(datesOf('The nurses marched on the ministry, against the advice of their union, on Monday.', [['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
});

describe('a record set, and a period starting, that are news', () => {
  it('keeps the day a record was set', () => {
    expect(datesOf('The striker set a new club record of 42 goals on Saturday.', [['Saturday', '2024-05-11']])).toEqual(['Saturday']);
  });
  it('keeps a strike starting on a day', () => {
    expect(datesOf('The dockers’ strike, starting Monday, will close the port.', [['Monday', '2024-05-20']])).toEqual(['Monday']);
  });
});

describe('"for the day" in a market report dates the close', () => {
  it('keeps "For the day, the index closed down 2 percent"', () => {
    expect(datesOf('For the day, the index closed down 2 percent.', [['the day', '2024-05-15']])).toEqual(['the day']);
  });
});

describe('luck told of what happened keeps its date', () => {
  it('keeps "was lucky to escape on Monday"', () => {
    expect(datesOf('The driver was lucky to escape when the bridge gave way on Monday.', [['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
});

describe('a market report’s "finished the day" with no other date keeps the day', () => {
  it('keeps "shares rose in early trading but finished the day down"', () => {
    expect(datesOf('Shares in the miner rose in early trading but finished the day down.', [['the day', '2024-05-15']])).toEqual(['the day']);
  });
});

describe('a date told after what a source would not say, in a clause of its own', () => {
  it('keeps "but said the talks went well on Tuesday"', () => {
    expect(datesOf('The envoy would not say whether he met the rebels, but said the talks went well on Tuesday.', [['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
});

describe('what happened or is planned this year keeps the year', () => {
  it('keeps "This year, growers planted 2 million saplings"', () => {
    expect(datesOf('This year, growers planted 2 million saplings.', [['This year', '2024']])).toEqual(['This year']);
  });
  it('keeps "This year the fair is expected to draw 8,000 people"', () => {
    expect(datesOf('This year the fair is expected to draw 8,000 people.', [['This year', '2024']])).toEqual(['This year']);
  });
});

describe('a deadline told with "no later than" is no comparison', () => {
  it('keeps "asked for the files no later than June 3"', () => {
    expect(datesOf('The inspectors asked for the files no later than June 3.', [['June 3', '2024-06-03']])).toEqual(['June 3']);
  });
});

describe('"this year" after the verb dates what the clause tells', () => {
  it('keeps "the third mayor to be recalled this year"', () => {
    expect(datesOf('She is the third mayor in the region to be recalled this year.', [['this year', '2024']])).toEqual(['this year']);
  });
});

describe('a goal reached at a date, and a day’s own drop, keep their dates', () => {
  it('keeps "will hit its sales target in March"', () => {
    expect(datesOf('The brewer will hit its sales target in March.', [['March', '2025-03']])).toEqual(['March']);
  });
  it('keeps "a drop from Tuesday" (the day named, no count back)', () => {
    expect(datesOf('Yields fell again, adding to a sharp drop from Tuesday.', [['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
});

describe('a year’s goals and a target date are dated plans', () => {
  it('keeps "its goals for 2025 included two new wells"', () => {
    expect(datesOf('The driller said its goals for 2025 included two new wells.', [['2025', '2025']])).toEqual(['2025']);
  });
  it('keeps "The June 3 target date is the day the bridge reopens"', () => {
    expect(datesOf('The June 3 target date is the day the bridge reopens.', [['June 3', '2024-06-03']])).toEqual(['June 3']);
  });
});

describe('a change from a dated happening keeps the happening', () => {
  it('keeps the year of "a change from his 2019 speech in Lyon"', () => {
    expect(datesOf('The address was a change from his controversial 2019 speech in Lyon.', [['2019', '2019']])).toEqual(['2019']);
  });
});

describe('a day of writing that dates a denial of what happened on it', () => {
  it('keeps "today" before a past verb denied', () => {
    expect(datesOf('Today, the board did not vote on the merger.', [['Today', '2024-05-15']])).toEqual(['Today']);
  });
});

describe('a day beside "could not be" that still dates a happening', () => {
  it('keeps the day an answer came, told after the passive', () => {
    expect(datesOf('The cause could not be determined until Friday, when the inspectors reported.', [['Friday', '2024-05-10']])).toEqual(['Friday']);
  });
});
