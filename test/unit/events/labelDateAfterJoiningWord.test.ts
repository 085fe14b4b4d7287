// "said that on Monday, police closed the bridge": a date fronted right after a joining word, with
// only its closing comma, takes that comma with it when the label drops it (label.ts,
// withoutSpans). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-15') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a date after "that" with only its closing comma', () => {
  it('leaves no comma after "that"', () => {
    expect(labels('The inspectors found that in 2021, the depot lost nine lorries.')).toContain('The inspectors found that the depot lost nine lorries');
  });
  it('leaves no comma once the saying is dropped too', () => {
    expect(labels('The harbour master said that on Monday, two trawlers collided off the pier.')).toContain('Two trawlers collided off the pier');
  });
  it('after "when" as well', () => {
    expect(labels('The crowd cheered when on Saturday, the old ferry sailed into the harbour again.')).toContain('The crowd cheered when the old ferry sailed into the harbour again');
  });
});
