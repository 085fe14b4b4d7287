// What keeps the tagger's week: a weekday's "this past week", a Sunday's "last week", a Saturday's
// "this past weekend". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const daysOf = (text: string, words: string, value: string, published: string) =>
  buildEvents(text, [timexOf(text, words, value)], published).filter((e) => e.when.text === words).map((e) => [e.when.start, e.when.end]);

describe('a week that stays the one before', () => {
  it('keeps a Monday\'s "this past week" on the week just ended', () => {
    expect(daysOf('The county board approved two new bus routes this past week.', 'this past week', '2022-W19', '2022-05-16')).toEqual([['2022-05-09', '2022-05-15']]);
  });
  it('keeps a Sunday\'s "last week" on the week before', () => {
    expect(daysOf('A ferry worker in the harbour town died last week.', 'last week', '2022-W18', '2022-05-15')).toEqual([['2022-05-02', '2022-05-08']]);
  });
  it('keeps a Saturday\'s "this past weekend" on the weekend gone', () => {
    expect(daysOf('The rowing club won four races this past weekend.', 'this past weekend', '2022-W18-WE', '2022-05-14')).toEqual([['2022-05-07', '2022-05-08']]);
  });
});
