// Outside any quotation a page's own "we" is its publisher; a timeline label names it
// (firstPerson.ts publisherLabel, passed the publisher by buildEvents).
import { describe, expect, it } from 'vitest';
import { publisherLabel } from '../../../src/lib/events/firstPerson';

describe('a page\u2019s own "we" names the publisher', () => {
  it('a past after "we"', () => {
    const text = 'We reviewed the new tablet in our lab last week.';
    expect(publisherLabel(text, 'We reviewed the new tablet in our lab', 0, 'Gadget Weekly')).toBe('Gadget Weekly reviewed the new tablet in our lab');
  });

  it('"we have" agrees with one publisher', () => {
    const text = 'Earlier today we have asked the council for comment.';
    expect(publisherLabel(text, 'We have asked the council for comment', 0, 'The Harbour Gazette')).toBe('The Harbour Gazette has asked the council for comment');
  });

  it('a contraction ("we’ve") agrees too', () => {
    const text = 'Since March we’ve tracked every closure in the county.';
    expect(publisherLabel(text, 'We’ve tracked every closure in the county', 0, 'County Ledger')).toBe('County Ledger has tracked every closure in the county');
  });

  it('a modal after "we"', () => {
    const text = 'We will publish the full list of winners on Sunday.';
    expect(publisherLabel(text, 'We will publish the full list of winners', 0, 'Racing Post')).toBe('Racing Post will publish the full list of winners');
  });
});
