import { describe, expect, it } from 'vitest';
import { closeOpenTitle } from '../../../src/lib/ingest/dom/unclosedTitle';

describe('a title that closes is left as written', () => {
  it('leaves a title closed on a later line', () => {
    const html = '<html><head><title>\n  Library to open\n  on Sundays\n</title><meta name="a" content="b"></head><body><p>x</p></body></html>';
    expect(closeOpenTitle(html)).toBe(html);
  });

  it('leaves a title that holds a "<" in its words', () => {
    const html = '<html><head><title>Rents rise <5% in the city</title></head><body><div>x</div></body></html>';
    expect(closeOpenTitle(html)).toBe(html);
  });

  it('leaves a page with no title', () => {
    const html = '<html><head></head><body><div>x</div></body></html>';
    expect(closeOpenTitle(html)).toBe(html);
  });
});
