// How a business or a product works, told in the future, is its description, no act arranged: how it
// will earn, what it will run as its own, the volume it expects each period, what its users will be able
// to do, where it takes them, what befalls each one of a kind that meets a condition. Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('a standing working', () => {
  it.each([
    'Brightwell will receive licensing revenue from every clinic that adopts the scanner.',
    'The marketplace will take a cut of each sale made through the app.',
    'The start-up will charge according to the number of parcels a shop sends.',
    'The group will operate its own fleet of delivery drones.',
    'The hub expects to train about 600 welders a year.',
    'The new depot is expected to handle some 40,000 parcels a day.',
    'Subscribers will be able to pause their plan from the settings page.',
    'A single tap will take shoppers straight to the checkout.',
    'Applicants who fail the aptitude test will be contacted by email.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
