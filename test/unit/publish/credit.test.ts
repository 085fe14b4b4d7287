import { describe, expect, it } from 'vitest';
import { creditLine, dayInWords, safeArticleUrl } from '../../../src/lib/publish/credit';

const article = (over: object) => ({ title: null, published: '2025-11-05', url: null, publisher: null, ...over });

describe('the credit line', () => {
  it.each([
    { over: { publisher: 'Breitbart News' }, expected: 'Source: Breitbart News, 5 November 2025 · Made with Newsline' },
    { over: { url: 'https://www.example.com/a' }, expected: 'Source: example.com, 5 November 2025 · Made with Newsline' },
    { over: { published: '2024-02-29T23:30' }, expected: 'Source: article of 29 February 2024 · Made with Newsline' },
  ])('reads "$expected"', ({ over, expected }) => {
    expect(creditLine(article(over))).toBe(expected);
  });

  it('writes the day from the string, whatever the machine zone', () => {
    expect(dayInWords('2025-01-01T00:00')).toBe('1 January 2025');
  });

  it('links only to http and https articles', () => {
    expect(safeArticleUrl(article({ url: 'javascript:alert(1)' }))).toBeNull();
    expect(safeArticleUrl(article({ url: 'not a url' }))).toBeNull();
    expect(safeArticleUrl(article({ url: 'https://news.example/a?b=1' }))).toBe('https://news.example/a?b=1');
  });
});
