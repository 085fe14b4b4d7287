// "this weekend" that must stay the coming one: a plan, a forecast, a saying in the past about
// what will be, and anything written late in the week.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal';

const weekendOf = (text: string, published: string) => tagTimexes(text, published).find((t) => /weekend/i.test(t.text))?.value;

describe('"this weekend" that looks ahead stays the coming weekend', () => {
  it.each([
    ['The mayor will tour the flooded streets this weekend.', '2024-05-13'],
    ['"Crews will keep pumping water throughout this weekend," the mayor said.', '2024-05-13'],
    ['The league looks set to suspend two referees at its meeting this weekend.', '2024-05-14'],
    ['The mayor toured the flooded streets this weekend.', '2024-05-16'],
  ])('%j published %s', (text, published) => {
    expect(weekendOf(text, published)).toBe('2024-W20-WE');
  });
});

describe('"the weekend" told in the past late in the week, or with no past early in the week, is the one gone', () => {
  it.each([
    ['Storms flattened fences over the weekend.', '2024-05-17'],
    ['Dealers are wary after the weekend.', '2024-05-14'],
  ])('%j published %s', (text, published) => {
    expect(weekendOf(text, published)).toBe('2024-W19-WE');
  });
});
