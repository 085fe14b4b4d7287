// Capitals after a word in small letters that are a name, or no paragraph's head, keep the date
// (runOnCaption.ts).
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const datesOf = dateWordsWith('2024-05-15');

describe('a name after small letters is no run-on caption', () => {
  it('keeps the date before a title opening on "The" after a verb', () => {
    expect(datesOf('Earlier.\nIn June 2019, the host left The Late Hour Show to run for mayor.', [['June 2019', '2019-06']])).toEqual(['June 2019']);
  });
  it('keeps the date before a possessive after a date word', () => {
    expect(datesOf('Earlier.\nIn a call last week Boeing\'s chief said deliveries would resume.', [['last week', '2024-W19']])).toEqual(['last week']);
  });
  it('keeps the date before a possessive after a preposition', () => {
    expect(datesOf('Earlier.\nThe strikes that began on March 3 spread after Lagos\'s unions joined them.', [['March 3', '2024-03-03']])).toEqual(['March 3']);
  });
});
