// Body copy that ends on a place and a full date keeps its day: a preposition before the day, a
// past, a future. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';
import { photoCaption } from '../../../src/lib/events/photoCaption';

const PUBLISHED = '2019-05-14';
const datesOf = dateWordsWith(PUBLISHED);

describe('a place and a full date in body copy keep the day', () => {
  it('keeps a happening told in the past', () => {
    const text = 'The cannery closed its doors in Essaouira May 9, 2019.';
    expect(datesOf(text, [['May 9, 2019', '2019-05-09']])).toEqual(['May 9, 2019']);
  });
  it('keeps a day after "on"', () => {
    const text = 'Fishermen block the harbour in Essaouira on May 9, 2019.';
    expect(datesOf(text, [['May 9, 2019', '2019-05-09']])).toEqual(['May 9, 2019']);
  });
  it('keeps a future', () => {
    const text = 'The ferry will sail from Brindisi June 30, 2019.';
    expect(datesOf(text, [['June 30, 2019', '2019-06-30']])).toEqual(['June 30, 2019']);
  });
  it('keeps a date that does not close its sentence', () => {
    const text = 'Nurses march in Lisbon May 7, 2019, and the minister resigns.';
    expect(datesOf(text, [['May 7, 2019', '2019-05-07']])).toEqual(['May 7, 2019']);
  });
});

describe('a line that only mentions a photo keeps its day', () => {
  it('keeps a photo told of in the copy', () => {
    const text = 'The photo was taken on May 2 by a passer-by, the police said.';
    expect(datesOf(text, [['May 2', '2019-05-02']])).toEqual(['May 2']);
  });
  it('keeps a label set later in the line', () => {
    const text = 'The council published one image: a plan it approved on May 2.';
    expect(datesOf(text, [['May 2', '2019-05-02']])).toEqual(['May 2']);
  });
});

describe("a photographer's credit label is no caption", () => {
  it('does not take a day in body copy run on after a "Photograph:" credit', () => {
    const text = 'Rail strikes spread.\nPhotograph: Lena Moss/AFP/Getty Images Jo Hart, a rail executive, today became head of the network.';
    const start = text.indexOf('today');
    expect(photoCaption(text, { start: text.indexOf('Photograph'), end: text.length }, { start, end: start + 5, text: 'today', type: 'DATE', value: '2019-05-14' }, () => [])).toBe(false);
  });
});
