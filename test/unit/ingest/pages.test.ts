import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';
import { readGold } from '../../../scripts/eval-pages/gold';

// Real saved pages from github:postlight/parser (MIT), trimmed; see test/fixtures/pages/CREDITS.md.
// Gold days are the publisher's local day; gold bodies were read by hand against each page.
const dir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const pages = readGold(join(dir, 'gold.json'));

/** A piece of page furniture seen on each page, which must not reach the text. */
const FURNITURE: Record<string, string> = {
  'www.theguardian.com.html': 'Police blast Standing Rock protesters with water cannon and rubber bullets – video',
  'www.nytimes.com.html': 'Continue reading the main story',
  'www.cbc.ca.html': 'Pete Evans is the senior business writer',
  'money.cnn.com.html': 'These are your 3 financial advisors near you',
  'www.theverge.com.html': 'Verge Deals',
  'www.huffingtonpost.com.html': 'Want more updates from Sam? Sign up for his newsletter',
  'www.washingtonpost.com.html': 'Read more from Jennifer Rubin',
  'www.lemonde.fr.html': 'Déjà abonné ? Se connecter',
  'www.abendblatt.de.html': 'Mehr Artikel aus dieser Rubrik',
  'www.reuters.com.html': 'Our Standards: The Thomson Reuters Trust Principles.',
  'qz.com.html': 'Sign up to the Quartz Africa Weekly Brief',
  'www.npr.org.html': 'Dylann Roof is escorted from the Shelby Police Department',
  'www.al.com.html': 'skimming scheme seized cash and cards.jpg',
};
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(pages)('$file', (page) => {
  const got = ingest(readFileSync(join(dir, page.file), 'utf8'), { kind: 'html', url: page.url, parseHtml: parseHtmlNode });
  const text = flat(got.text);
  const lines = (page.body ?? '').split('\n');

  it(`is dated ${page.published ?? 'nothing'}, the publisher's day`, () => {
    expect(got.published?.slice(0, 10) ?? null).toBe(page.published);
  });

  it('has the headline the page gives its story', () => {
    expect(got.title).toBe(page.title);
  });

  it("keeps the story's first and last paragraphs", () => {
    expect(text).toContain(flat(lines[0]));
    expect(text).toContain(flat(lines.at(-1)!));
  });

  it(`drops the furniture "${FURNITURE[page.file]}"`, () => {
    expect(text).not.toContain(FURNITURE[page.file]);
  });
});
