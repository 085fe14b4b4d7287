// What the session-20 comparison and name rules must leave dated: the happening itself.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, timexes: [string, string, string?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'TIME' | 'DURATION') ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('a change, a count or a thing "from" a day keeps its date when the date is the happening’s', () => {
  it('keeps both ends of a run told with "from ... to"', () => {
    expect(datesOf('Membership grew by 300 from 20 in 2019 to 320 in 2023.', [['2019', '2019'], ['2023', '2023']]).length).toBeGreaterThan(0);
  });
  it('keeps a count of times told of this year', () => {
    expect(datesOf('The board has raised fees three times this year.', [['this year', '2024']])).toEqual(['this year']);
  });
  it('keeps the day a leave starts "from"', () => {
    expect(datesOf('The mill will give its staff two weeks of leave from June 3.', [['June 3', '2024-06-03']])).toEqual(['June 3']);
  });
  it('keeps a rate of a superseded plan that still names when it was due', () => {
    expect(datesOf('The bridge, originally due to open in 2023, opened in March.', [['March', '2024-03']])).toEqual(['March']);
  });
  it('keeps "reached levels" of a figure in a month', () => {
    expect(datesOf('Prices reached levels of 90 dollars in April.', [['April', '2024-04']])).toEqual(['April']);
  });
  it('keeps the day of an attack named by its date', () => {
    expect(datesOf('Officials marked the Aug. 3 attack with a vigil.', [['Aug. 3', '2023-08-03']])).toEqual(['Aug. 3']);
  });
  it('keeps "today" when a body does something on the day', () => {
    expect(datesOf('The committee faced hard questions from farmers today.', [['today', '2024-05-15']])).toEqual(['today']);
  });
});

describe('a single year before a happening, an example after "like" and a holiday’s day keep their dates', () => {
  it('keeps a single year before an event noun after "during"', () => {
    expect(datesOf('Turnout rose during the 2022 midterm election.', [['2022', '2022']])).toEqual(['2022']);
  });
  it('keeps an example after "like" with no verb of its own', () => {
    expect(datesOf('In a flood, like the one in the valley last spring, the sirens sound.', [['last spring', '2023-SP']])).toEqual(['last spring']);
  });
  it('keeps a holiday something happens after', () => {
    expect(datesOf('Talks will resume after Labor Day.', [['Labor Day', '2024-09-02']])).toEqual(['Labor Day']);
  });
});

describe('the verb "results", a report’s own doing and a plan’s start keep their dates', () => {
  it('keeps a month before the verb "results in"', () => {
    expect(datesOf('The dry season, which runs from May to October, often results in fires.', [['May', '2024-05'], ['October', '2024-10']]).length).toBeGreaterThan(0);
  });
  it('keeps a date a report blames something for', () => {
    expect(datesOf('The inquiry report blamed poor training for the June 2 derailment.', [['June 2', '2024-06-02']])).toEqual(['June 2']);
  });
  it('keeps the month a plan starts "from"', () => {
    expect(datesOf('The chain said it would drop the offers from its shelves from July.', [['July', '2024-07']])).toEqual(['July']);
  });
  it('keeps a season told by its span of years', () => {
    expect(datesOf('Attendance fell during the 2022-23 season.', [['2022-23', '2022']]).length).toBeGreaterThan(0);
  });
});

describe('"since" a happening named by its noun keeps its date when nothing is ranked', () => {
  it('keeps the month of the attack a count runs from', () => {
    expect(datesOf('Police have questioned 40 people since the attack in March.', [['March', '2024-03']])).toEqual(['March']);
  });
});

describe('"ever since" a happening, after a list’s "First,", keeps its date', () => {
  it('keeps the month a state has lasted from', () => {
    expect(datesOf('First, ever since the failure of the lender in March, regulators have kept a closer watch.', [['March', '2024-03']])).toEqual(['March']);
  });
});
