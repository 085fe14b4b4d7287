// Issue 13: what the caption-repeat rule (caption-repeats.test.ts) keeps: a headline that a hero
// picture's caption repeats, a story paragraph holding a caption's words among its own, and a
// short caption's words. Pages written for these tests.
import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { pruneFurniture } from '../../../src/lib/ingest/body/prune';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';

const story = [
  'The salt marsh south of the town will be flooded on purpose next winter, the trust said on Monday, to give wading birds a place to feed.',
  'Farmers who grazed sheep on the marsh have been paid to move their flocks, and a new path will let walkers see the birds from a raised bank.',
  'The trust said the work would cost 2 million pounds and take two years, most of it paid by a lottery grant awarded in March.',
];
const read = (html: string, title = 'Marsh to be flooded for birds') => storyText(parseHtmlNode(html), { title, reparse: () => parseHtmlNode(html) });

describe('words that are the story', () => {
  it('keeps a paragraph that holds the caption among more words', () => {
    const caption = 'Sheep grazing on the marsh at low tide';
    const line = `${caption} will soon be a thing of the past, the farmers said.`;
    const html = `<html><body><article><h1>Marsh to be flooded for birds</h1><p>${story[0]}</p><figure><img src="m.jpg"><figcaption>${caption}</figcaption></figure><p>${line}</p><p>${story[1]}</p><p>${story[2]}</p></article></body></html>`;
    expect(read(html).split('\n\n')).toEqual([story[0], line, story[1], story[2]]);
  });
  it("keeps the page's headline that the hero picture's caption repeats", () => {
    const title = 'The marsh that will be given back to the birds';
    const html = `<html><body><article><header><h1>${title}</h1><figure><img src="m.jpg"><figcaption>${title}</figcaption></figure></header><p>${story[0]}</p><p>${story[1]}</p><p>${story[2]}</p></article></body></html>`;
    const doc = parseHtmlNode(html);
    pruneFurniture(doc, true);
    expect(doc.querySelector('h1')?.textContent).toBe(title);
  });
  it("keeps a short line that a caption's short words repeat", () => {
    const html = `<html><body><article><h1>Marsh to be flooded for birds</h1><p>${story[0]}</p><figure><img src="m.jpg"><figcaption>The marsh</figcaption></figure><h2>The marsh</h2><p>${story[1]}</p><p>${story[2]}</p></article></body></html>`;
    expect(read(html)).toContain('The marsh\n\n');
  });
});
