// An "I" is no body's, and a body that does not say the quote does not speak it (speaker.ts,
// describedBody). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-15') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a body that does not speak the quote', () => {
  it('an "I" attributed to a body is left as written', () => {
    expect(labels('“I will shut the paint shop in August,” the carmaker said.')).toContain('I will shut the paint shop');
  });
  it('a body named after the quote without a saying is no speaker', () => {
    expect(labels("“We will shut the paint shop in August,” the carmaker's workers fear.")).not.toContain('The carmaker will shut the paint shop');
  });
  it('the comma of a figure opens no attribution', () => {
    expect(labels('The union that speaks for more than 82,000 nurses across the country said in a release on Friday that it would strike.')).toContain('The union that speaks for more than 82,000 nurses');
  });
});
