// The near days set side by side in a chant or a flourish date nothing (daySlogan.ts). Sentences
// written for these tests; timexes handmade so the rule is tested alone.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const datesOf = dateWordsWith('2024-05-15');

describe('a chant of near days is no event', () => {
  it('drops each day of a chant cut down to names', () => {
    expect(datesOf('Marchers shouted, “Yesterday Lisbon, today Madrid, tomorrow Rome.”', [['Yesterday', '2024-05-14'], ['today', '2024-05-15'], ['tomorrow', '2024-05-16']])).toEqual([]);
  });
  it('drops both days of a slogan set before a verb of its own', () => {
    expect(datesOf('The banner read “Today a strike, tomorrow a general strike” across the gate.', [['Today', '2024-05-15'], ['tomorrow', '2024-05-16']])).toEqual([]);
  });
});

describe('a chant’s last member with a verb of its own is no plan either', () => {
  it('draws no undated plan from the chant', () => {
    expect(datesOf('Crowds chanted, “Yesterday Lisbon, today Madrid, tomorrow Rome will fall.”', [['Yesterday', '2024-05-14'], ['today', '2024-05-15'], ['tomorrow', '2024-05-16']])).toEqual([]);
  });
});
