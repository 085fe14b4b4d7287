// A long label is cut where a phrase ends only when the head keeps a verb; results, weddings and
// mishaps are told with irregular pasts ("beat", "wed", "sprang a leak") that count as that verb,
// and a match's scores joined by a comma stay one result (shorten.ts).
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/lib/events/shorten';

describe('a head whose verb is an irregular past', () => {
  it.each([
    ['Second seed Olga Brandt beat Maria Kos of Slovakia 6-3, 6-4 in the semifinal at the National Tennis Centre', 'Second seed Olga Brandt beat Maria Kos of Slovakia 6-3, 6-4'],
    ['The singer Ana Lima wed the film producer Tomas Reyes in a small ceremony at a castle near Porto', 'The singer Ana Lima wed the film producer Tomas Reyes'],
    ['A water main under Queen Street sprang a leak - the third such burst this winter in the old town', 'A water main under Queen Street sprang a leak'],
    // (two adjectives joined by "and" after an article stay with their noun, and the scores with the result)
    ['The defending champion overcame a patient and stubborn rival 7-6, 6-4, 6-2 to reach the final for a fifth time', 'The defending champion overcame a patient and stubborn rival 7-6, 6-4, 6-2'],
  ])('%j', (label, cut) => {
    expect(shorten(label)).toBe(cut);
  });
});
