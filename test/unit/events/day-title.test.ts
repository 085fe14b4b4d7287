// What the day-title rule leaves: a day before people who then act is when they acted.
// Sentences written for these tests; timexes handmade so the rule is tested alone.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2025-02-12';
const datesOf = dateWordsWith(PUBLISHED);

describe('a day before people who act keeps its date', () => {
  it('keeps a day whose gunmen then act', () => {
    expect(datesOf('On Feb. 2 gunmen stormed a bank in the old town.', [['Feb. 2', '2025-02-02']])).toEqual(['Feb. 2']);
  });
  it('keeps a day told "on" before the victims who then act', () => {
    expect(datesOf('On Feb. 2 victims of the flood marched to the town hall.', [['Feb. 2', '2025-02-02']])).toEqual(['Feb. 2']);
  });
});
