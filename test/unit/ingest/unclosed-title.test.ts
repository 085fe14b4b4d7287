import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { closeOpenTitle } from '../../../src/lib/ingest/dom/unclosedTitle';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';

// A page saved with its </title> cut off or garbled: a title is read as plain text up to its end
// tag, so the whole page would vanish into it.
const story = [
  'The county library will open on Sundays from March, the trustees decided on Monday, after a petition signed by four thousand readers.',
  'Staff will work the extra day in turns, and the reading room will close an hour earlier on Fridays to pay for it, the head librarian said.',
].map((p) => `<p>${p}</p>`).join('\n');

describe('a title whose end tag was lost', () => {
  it('keeps the story of a page whose title runs into its scripts', () => {
    const html = `<html>\n<head>\n<title>County Courier NEWSi scripts-->\n<script src="/a.js"></script>\n<link rel="stylesheet" href="/s.css">\n</head>\n<body><h1>Library to open on Sundays</h1>\n<span class="date">Tuesday, 4 March 2031, 09:10 GMT</span>\n${story}</body></html>`;
    const page = ingest(html, { kind: 'html', parseHtml });
    expect(page.text).toContain('The county library will open on Sundays from March');
    expect(page.published).toBe('2031-03-04T09:10');
  });

  it('closes a title whose end tag was garbled into another word', () => {
    const html = `<html><head><title>Library to open on Sundays - Courier</titlexyz\n</head><body>${story}</body></html>`;
    expect(closeOpenTitle(html)).toContain('<title>Library to open on Sundays - Courier</title>');
    expect(ingest(html, { kind: 'html', parseHtml }).text).toContain('Staff will work the extra day in turns');
  });
});
