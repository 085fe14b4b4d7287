// A "we" no body is named for stays as it is: an op-ed's "we" is its side, not the publisher; and
// a "we" inside a quotation is the speaker's, not the body's the column names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-06-02') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a "we" with no body named', () => {
  it('is left alone', () => {
    expect(labels('In 2022 we won the fight for free ferries.')).toContain('We won the fight for free ferries');
  });
  it('is not a place named with "at"', () => {
    expect(labels('We stayed at Nordline House in 2022.')).toContain('We stayed at Nordline House');
  });
});

describe('a quoted "we"', () => {
  it('is not the body of the column', () => {
    expect(labels('At Nordline, we listen. “In 2022 we lost the tender,” said Tomas Berg of Harbour Rail.').join(' ')).not.toMatch(/Nordline lost/);
  });
});
