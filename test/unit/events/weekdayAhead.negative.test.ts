// What must NOT move a weekday ahead: a past, a perfect, a present of saying, a verb whose past
// reads as its present, an infinitive, a future denied, a weekday with its own anchor.
// Sentences written for these tests; timexes handmade with the tagger's values.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const WEDNESDAY = '2024-05-15';
const dayOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value)], WEDNESDAY).find((e) => e.when.text === words)?.when.start;

describe('a weekday of the week gone stays there', () => {
  it('keeps a past, "resumed sailings on Saturday"', () => {
    expect(dayOf('The ferry company resumed sailings to the island on Saturday.', 'Saturday', '2024-05-11')).toBe('2024-05-11');
  });
  it('keeps a perfect passive, "have been towed ... Saturday night"', () => {
    expect(dayOf('Two barges have been towed from the harbour Saturday night.', 'Saturday night', '2024-05-11TNI')).toBe('2024-05-11');
  });
  it('keeps a present of saying, "The coroner says Friday\'s crash ..."', () => {
    expect(dayOf('The coroner says Friday’s crash on the ring road was caused by ice.', 'Friday', '2024-05-10')).toBe('2024-05-10');
  });
  it('keeps a verb whose past is written as its present, "Storms hit the coast on Friday"', () => {
    expect(dayOf('Storms hit the coast on Friday and cut power to the valley.', 'Friday', '2024-05-10')).toBe('2024-05-10');
  });
  it('keeps an infinitive told from a past, "went to the pier to greet the crews on Friday"', () => {
    expect(dayOf('The mayor went to the pier to greet the crews on Friday.', 'Friday', '2024-05-10')).toBe('2024-05-10');
  });
  it('keeps a future denied, "won\'t revisit Friday\'s vote"', () => {
    expect(dayOf('The board won’t revisit Friday’s vote on the budget.', 'Friday', '2024-05-10')).toBe('2024-05-10');
  });
  it('keeps a weekday with its own anchor, "will repeat that Saturday parade"', () => {
    expect(dayOf('Organisers will repeat the route of that Saturday parade next year.', 'Saturday', '2024-05-11')).toBe('2024-05-11');
  });
  it('keeps a verb of being, "are in the valley to help survivors of Saturday\'s landslide"', () => {
    expect(dayOf('Mountain rescuers are in the valley to help survivors of Saturday’s landslide.', 'Saturday', '2024-05-11')).toBe('2024-05-11');
  });
  it('keeps a possessive in another clause than the future, "will weigh whether slips, such as Friday\'s on the budget, ..."', () => {
    expect(dayOf('Voters will weigh whether slips, such as Friday’s on the budget, are forgivable in a mayor.', 'Friday', '2024-05-10')).toBe('2024-05-10');
  });
  it('keeps a weekday after a past in its clause, even where a noun is read as a verb ("won the best-documentary prize ... on Sunday")', () => {
    expect(dayOf('“Harbour Lights” won the best-documentary prize at the county festival on Sunday.', 'Sunday', '2024-05-12')).toBe('2024-05-12');
  });
  it('keeps a weekday after a saying in the past, "said it will appeal the ban handed down on Monday"', () => {
    expect(dayOf('The rowing club said it will appeal the ban handed down on Monday.', 'Monday', '2024-05-13')).toBe('2024-05-13');
  });
});
