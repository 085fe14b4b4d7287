// Where a quote's voice is not carried on: a new quote with its own attribution, and a
// spokesman's "we" after a sentence whose subject is no body's name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-06-02') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a quote with its own speaker', () => {
  it('keeps its own', () => {
    expect(labels('“It was hard work,” said Oda Lunde. “We closed the shop on Sunday,” said Per Holm.')).toContain('Per Holm closed the shop');
  });
});

describe('a spokesman after no named body', () => {
  it('leaves the "we"', () => {
    expect(labels('The company promised to refund every ticket.\n\n“We paid the first refunds on Monday,” a spokeswoman said.')).not.toContain('The company paid the first refunds');
  });
});
