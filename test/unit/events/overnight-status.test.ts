// News of the small hours after the page's day, told as done: a page keeps the day it was first
// filed while the story is updated through the night, so "stormed the hotel early Thursday" on a
// page dated Wednesday is a past event of Thursday, not a projected one.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const WEDNESDAY_EVENING = '2024-05-15T21:30:00';
const eventsOf = (text: string) =>
  extract(text, { title: null, published: WEDNESDAY_EVENING, url: null, publisher: null }).events.map((e) => [e.when.start, e.status]);

describe('the night after the page was filed, told as done', () => {
  it('is past on the day after the page', () => {
    expect(eventsOf('Armed men stormed a border post early Thursday, the army said.')).toEqual([['2024-05-16', 'past']]);
  });
  it('is past when the small hours open the sentence', () => {
    expect(eventsOf('Before dawn Thursday, rescuers pulled two miners from the shaft.')).toEqual([['2024-05-16', 'past']]);
  });
});
