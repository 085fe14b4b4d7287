// What must NOT become an event: a feast or a weekday that names a thing of history ("the Good
// Friday Agreement", "the Easter Rising"): the calendar's nearest Good Friday is not its date.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2025-09-10';
const datesOf = dateWordsWith(PUBLISHED);

describe('a feast naming an accord or a rising is not dated', () => {
  it('drops the feast of an accord', () => {
    expect(datesOf('The minister praised the Good Friday Agreement in a speech to students.', [['Good Friday', '2025-04-18']])).toEqual([]);
  });
  it('drops the feast of a rising', () => {
    expect(datesOf('The museum tells the story of the Easter Rising through letters.', [['Easter', '2025-04-20']])).toEqual([]);
  });
  it('drops the weekday of a truce', () => {
    expect(datesOf('Historians still argue about the Christmas Truce and what it meant.', [['Christmas', '2024-12-25']])).toEqual([]);
  });
});
