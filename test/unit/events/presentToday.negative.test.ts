// What must NOT become an event: a sentence opened by "Today" that goes on in the plain present
// tells how things stand now, set against the past the story told; nothing happens on the day.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-04-23';
const datesOf = dateWordsWith(PUBLISHED);

describe('an opening "Today" before the present is no day', () => {
  it('drops a firm standing now after its start-up years', () => {
    expect(datesOf('The bakery opened with two ovens in 2009. Today it supplies 40 cafés across the valley.', [['2009', '2009'], ['Today', '2024-04-23']])).toEqual(['2009']);
  });
  it('drops a present passive of worth', () => {
    expect(datesOf('Today, the studio is owned by a Danish holding group and employs 300 animators.', [['Today', '2024-04-23']])).toEqual([]);
  });
  it('drops a plural present of a group of people', () => {
    expect(datesOf('Today, farmers in the district grow more almonds than wheat.', [['Today', '2024-04-23']])).toEqual([]);
  });
});
