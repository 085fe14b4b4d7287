// What the weekday-span rule keeps: a span of weekdays after a verb is when a thing is done.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2023-05-10';
const datesOf = dateWordsWith(PUBLISHED);

describe('a span of weekdays after a verb keeps its days', () => {
  it('keeps hearings held Monday-Thursday', () => {
    expect(datesOf('The panel held hearings Monday-Thursday in the capital.', [['Monday', '2023-05-08'], ['Thursday', '2023-05-11']])).toEqual(['Monday-Thursday']);
  });
});
