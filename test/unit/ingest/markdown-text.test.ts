import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest, sniffKind } from '../../../src/lib/ingest';

const md = readFileSync(new URL('../../fixtures/harbor.md', import.meta.url), 'utf8');

describe('ingest of Markdown', () => {
  const article = ingest(md, { fileName: 'harbor.md' });

  it('reads title, date, url and publisher from the front matter', () => {
    expect(article).toMatchObject({ title: 'Harbor dredging delayed again', published: '2023-06-14', url: 'https://port.example/dredging', publisher: 'Port Weekly' });
  });

  it('strips headings, emphasis, links, quotes, list markers, images and code to plain paragraphs', () => {
    expect(article.text).toBe(
      'Harbor dredging delayed again\n\nThe port authority said on Monday that dredging would start in September.\n\nWork is expected to take two years.\n\nThe first contract was signed in 2019.\n\nCosts rose by a third.',
    );
  });
});

describe('ingest of plain text', () => {
  it('keeps the text exactly as given, furniture and odd whitespace included, so offsets index the file', () => {
    const text = '\uFEFFHeadline\r\n\r\nThe mayor spoke on Monday.  \n\nCOMMENTS\n';
    expect(ingest(text, { fileName: 'a.txt' })).toEqual({ title: null, published: null, publishedFrom: null, url: null, publisher: null, text });
  });
});

describe('sniffKind', () => {
  it.each([
    ['story.html', 'x', 'html'],
    ['story.HTM', 'x', 'html'],
    ['story.md', 'x', 'markdown'],
    ['story.txt', '<html><body>', 'text'],
    [undefined, '  <!doctype html><html>', 'html'],
    [undefined, '<article><p>Hi</p></article>', 'html'],
    [undefined, '---\ntitle: x\n---\nBody', 'markdown'],
    [undefined, '# Headline\n\nBody', 'markdown'],
    [undefined, 'The council met on Monday.', 'text'],
    [undefined, '5 < 6 and <b> is bold', 'text'],
  ])('a file named %s starting %j is %s', (fileName, content, kind) => {
    expect(sniffKind(content, fileName)).toBe(kind);
  });
});
