// Issue 13: what the author-box rules keep (author-box.test.ts has what
// goes). Pages written for these tests.
import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';

const story = [
  'The county will close the Elm Street bridge for six weeks from June 3 so crews can replace its deck, the roads office said on Wednesday.',
  'Drivers will be sent around by the river road, which adds about ten minutes, and the footpath on the bridge will stay open at weekends.',
  'The work was due last summer but was put off when the steel for the deck arrived late from the mill, the office said.',
];
const title = 'Elm Street bridge to close for six weeks';
const read = (html: string) => storyText(parseHtmlNode(html), { title, reparse: () => parseHtmlNode(html) });

describe('headings of the story stay', () => {
  it('keeps a subhead that is not a link, and one whose link is only part of it', () => {
    const html = `<html><body><article><h1>${title}</h1><p>${story[0]}</p><h3>What drivers should expect</h3><p>${story[1]}</p><h3>The <a href="/topics/river-road">river road</a> detour</h3><p>${story[2]}</p></article></body></html>`;
    expect(read(html).split('\n\n')).toEqual([story[0], 'What drivers should expect', story[1], 'The river road detour', story[2]]);
  });

  it('keeps a story that says "about the author" in a sentence', () => {
    const more = 'Asked about the author of the report, the office said it was written by its own engineers.';
    const html = `<html><body><article><h1>${title}</h1>${[...story, more].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(read(html).split('\n\n')).toEqual([...story, more]);
  });
});
