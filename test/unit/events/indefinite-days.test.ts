// A date after "every" with its own year, a weekday that is one day, and a date told by a
// sentence that only opens with "never" keep their dates. Sentences written for these tests;
// timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-09-10';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => [e.when.text, e.when.start]);

describe('a date that is one day keeps it', () => {
  it('keeps a weekday listed after a plain one', () => {
    expect(datesOf('The depot opened on Monday, Thursday and Saturday last week.', [['Thursday', '2025-09-04']])).toEqual([['Thursday', '2025-09-04']]);
  });
  it('keeps a month after "never again" told in the past', () => {
    expect(datesOf('Never again did the river flood as it did in March, the warden said.', [['March', '2025-03']])).toEqual([['March', '2025-03-01']]);
  });
  it('keeps a date after "each" that names its year', () => {
    expect(datesOf('The two clubs met in a final each side still recalls, on 3 May 2019.', [['3 May 2019', '2019-05-03']])).toEqual([['3 May 2019', '2019-05-03']]);
  });
});

describe('a whole day gone through in the past or in progress keeps it', () => {
  it('keeps "throughout the day" of what crews did', () => {
    expect(datesOf('Volunteers filled sandbags throughout the day as the river rose.', [['the day', '2025-09-10']])).toEqual([['the day', '2025-09-10']]);
  });
  it('keeps "throughout the day" of what is going on', () => {
    expect(datesOf('Engineers are testing the pumps throughout the day.', [['the day', '2025-09-10']])).toEqual([['the day', '2025-09-10']]);
  });
});
