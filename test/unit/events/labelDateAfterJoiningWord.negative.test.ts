// A comma after a date after a relative word, which may open an aside of its own, stays
// (label.ts, withoutSpans). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-15') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a comma after a date that a relative word opens', () => {
  it('the comma after a relative "which" and its date stays with the aside', () => {
    expect(labels('The bakery, which in 2019, a year of floods, closed for a month, reopened.')).toContain('The bakery, which, a year of floods, closed for a month, reopened');
  });
  it('after "and" the comma may close the phrase the date ends', () => {
    expect(labels('And with extra trams running late into the evening and early morning, the tram is the best way home.')).toContain('The tram is the best way home');
  });
  it('a "that" that stands for a thing keeps the comma of the date', () => {
    expect(labels('The coach denied that on Friday, calling the report nonsense.')).toContain('The coach denied that, calling the report nonsense');
  });
});
