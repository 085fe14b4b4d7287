// "this weekend" early in the week: the weekend just gone when told in the past, the coming one
// when planned. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal';

const weekendOf = (text: string, published: string) => tagTimexes(text, published).find((t) => /weekend/i.test(t.text))?.value;

describe('"this weekend" told in the past early in the week is the weekend just gone', () => {
  it.each([
    ['The mayor toured the flooded streets this weekend.', '2024-05-13'],
    ['Rescue crews pulled three hikers from the ravine this weekend.', '2024-05-14'],
    ['This weekend, the league suspended two referees.', '2024-05-15'],
  ])('%j published %s', (text, published) => {
    expect(weekendOf(text, published)).toBe('2024-W19-WE');
  });
});

describe('"the weekend" late in the week, with no past told of it, is the coming one', () => {
  it.each([
    ['Dealers are wary of holding big positions over the weekend.', '2024-05-17'],
    ['The envoy will brief the cabinet before flying to Rome at the weekend.', '2024-05-16'],
    ['Buying before the weekend pushed the index higher.', '2024-05-17'],
  ])('%j published %s', (text, published) => {
    expect(weekendOf(text, published)).toBe('2024-W20-WE');
  });
});
