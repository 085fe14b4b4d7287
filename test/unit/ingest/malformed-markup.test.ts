import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';

// Pages of the 2000s as they were served: tags a browser forgives, which a tree built as written
// (linkedom) keeps, and which must not cost the story.
const story = [
  'The harbour commission voted on Thursday to dredge the north channel, ending a dispute that had held up shipping for two seasons.',
  'Dredging is to begin in April, the commission said, and should take about six weeks if the weather holds.',
  'Fishing crews, who had argued the work would drive cod from the bay, said they would watch the first weeks closely.',
].map((p) => `<p>${p}</p>`).join('\n');

describe('markup a browser forgives', () => {
  it('reads the story of a page that never closes its <head> nor opens its <body>', () => {
    const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<html>\n<head>\n<title>Channel to be dredged</title>\n<meta name="robots" content="ALL">\n<table><tr><td>${story}</td></tr></table>\n</html>`;
    const doc = parseHtml(html);
    expect(doc.head.querySelector('table')).toBeNull();
    expect(doc.body.querySelector('table')).not.toBeNull();
    expect(doc.head.querySelector('title')?.textContent).toBe('Channel to be dredged');
    const page = ingest(html, { kind: 'html', parseHtml });
    expect(page.title).toBe('Channel to be dredged');
    expect(page.text).toContain('The harbour commission voted on Thursday to dredge the north channel');
    expect(page.text).toContain('Fishing crews, who had argued');
  });

  it('keeps the head’s own elements in <head> when only text follows them in the body', () => {
    const doc = parseHtml('<html><head><title>Ferry fares</title><style>p{}</style><script>var a;</script>Fares rise in May.</html>');
    expect([...doc.head.children].map((e) => e.localName)).toEqual(['title', 'style', 'script']);
    expect(doc.body.textContent).toBe('Fares rise in May.');
  });

  it('opens no element for a second <body> tag: its content stays where it stands', () => {
    const doc = parseHtml(`<HTML><HEAD><TITLE>Ferry fares</TITLE></HEAD><BODY leftmargin=0><body topmargin='0'><div id="story">${story}</div></body></BODY></HTML>`);
    expect(doc.querySelectorAll('body')).toHaveLength(1);
    expect(doc.body.querySelector('#story')?.parentNode).toBe(doc.body);
  });
});

describe('a story that older markup breaks with <br> alone', () => {
  it('is kept when it stands inside a box named for furniture (an unclosed byline box)', () => {
    const lines = [
      'The county fair opened on Friday with a record number of livestock entries, the organisers said, after two years of smaller shows.',
      'Judges worked through the cattle barns until late evening, and the prize for the best heifer went to a family farm from the valley.',
      'The fair runs until Sunday, and the organisers expect forty thousand visitors if the rain stays away.',
    ];
    const html = `<html><head><title>Fair opens</title></head><body><div id="nav"><a href="/">Home</a></div><div id="content_byline">By Staff Writer<div id="content_text">${lines.join('<br><br>')}</div></div><div class="related"><a href="/x">Other news</a></div></body></html>`;
    const page = ingest(html, { kind: 'html', parseHtml });
    for (const line of lines) expect(page.text).toContain(line);
    expect(page.text).not.toContain('Other news');
  });
});

describe('a headline run into its stamp on one line', () => {
  it('leaves the story with the headline and its stamp', () => {
    const html = `<html><head><title>Harbour fees to rise</title></head><body><div id="story"><p>Harbour fees to rise Monday, March 4th 2024, 11:33 GMT</p>${story}</div></body></html>`;
    const page = ingest(html, { kind: 'html', parseHtml });
    expect(page.text.startsWith('The harbour commission voted on Thursday')).toBe(true);
  });
});

describe('tags a template printed before the page’s <html>', () => {
  it('reads the story of a page that opens on a robots <meta> before its doctype', () => {
    const html = `<meta name="googlebot" content="noarchive">\n<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head><title>Channel to be dredged</title></head>\n<body><table><tr><td>${story}</td></tr></table></body>\n</html>`;
    const doc = parseHtml(html);
    expect(doc.documentElement.localName).toBe('html');
    expect(doc.head.querySelector('meta[name="googlebot"]')).not.toBeNull();
    const page = ingest(html, { kind: 'html', parseHtml });
    expect(page.title).toBe('Channel to be dredged');
    expect(page.text).toContain('Fishing crews, who had argued');
  });

  it('leaves text printed before <html> where it stands', () => {
    const doc = parseHtml(`Warning: session failed\n<html><head><title>Ferry fares</title></head><body><p>Fares rise in May.</p></body></html>`);
    expect(doc.body.textContent).toContain('Fares rise in May.');
  });
});
