// What looks like a stamp but is news: the stamp rules must leave these dates.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, timexes: [string, string, string?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'TIME') ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('news dates near stamp words', () => {
  it('keeps "hours ago" written out in prose', () => {
    const text = 'The ferry sank three hours ago off the northern cape.';
    expect(datesOf(text, [['three hours ago', '2024-05-15T06:00', 'TIME']])).toEqual(['three hours ago']);
  });
  it('keeps the day a company updated something', () => {
    const text = 'The port operator updated its tariffs on Tuesday.';
    expect(datesOf(text, [['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
  it('keeps a day named in the sentence after a dateline', () => {
    const text = 'LAGOS (Reuters) - Dock workers walked off the job on Tuesday.';
    expect(datesOf(text, [['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
});

describe('a company named after a year', () => {
  it('keeps a fronted year before a company that did something', () => {
    expect(datesOf('In 2021 Harbourline Group Inc. bought two ferries.', [['2021', '2021']])).toEqual(['2021']);
  });
});

describe('a year opening a line, where the page has no live entries', () => {
  it('keeps a chronology’s year when only one or two lines open on figures', () => {
    const text = 'How the port grew\n1887 The first quay was built by the harbour board.\nThe railway reached the town later.';
    expect(datesOf(text, [['1887', '1887']])).toEqual(['1887']);
  });
});

describe('an editor’s "Updated:" before news with its own day', () => {
  it('keeps the day told after the label', () => {
    const text = 'Updated: The council voted on Monday to close the pool.';
    expect(datesOf(text, [['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
});

describe('a hyphen after a day that is no dateline', () => {
  it('keeps a day range written with a hyphen in a sentence', () => {
    const text = 'The fair ran from May 6 - 9 in the old market hall.';
    expect(datesOf(text, [['May 6 - 9', '2024-05-06']])).toEqual(['May 6 - 9']);
  });
  it('keeps the day after a place in prose, before a hyphen and a small word', () => {
    const text = 'Rain closed the course on Saturday, May 11 - and the final was moved.';
    expect(datesOf(text, [['Saturday, May 11', '2024-05-11']])).toEqual(['Saturday, May 11']);
  });
});

describe('a day after a fronted weekday at the head of a paragraph is no dateline', () => {
  it('keeps "On Tuesday, May 7 - ..." as prose', () => {
    const text = 'Ferry news\nOn Tuesday, May 7 - The council closed the old quay.';
    expect(datesOf(text, [['May 7', '2024-05-07']])).toEqual(['May 7']);
  });
});

describe('a clock and a date in prose with no pipe', () => {
  it('keeps "at 9:15 AM on March 3, 2024"', () => {
    const text = 'Crews restored power at 9:15 AM on March 3, 2024, the utility said.';
    expect(buildEvents(text, [timexOf(text, 'March 3, 2024', '2024-03-03')], '2024-05-15').map((e) => e.when.text)).toEqual(['March 3, 2024']);
  });
});
