// Issue 13: a picture's caption printed a second time outside its <figcaption>, as immersive
// layouts set it over the picture as it scrolls past. Pages written for these tests. (What stays:
// the .negative file.)
import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';

const story = [
  'The salt marsh south of the town will be flooded on purpose next winter, the trust said on Monday, to give wading birds a place to feed.',
  'Farmers who grazed sheep on the marsh have been paid to move their flocks, and a new path will let walkers see the birds from a raised bank.',
  'The trust said the work would cost 2 million pounds and take two years, most of it paid by a lottery grant awarded in March.',
];
const read = (html: string) => storyText(parseHtmlNode(html), { title: 'Marsh to be flooded for birds', reparse: () => parseHtmlNode(html) });

describe("a caption's words repeated beside its picture", () => {
  it('drops the repeat in a plain box and the caption itself', () => {
    const caption = 'Sheep grazing on the marsh&#8217;s edge at low tide in October.';
    const screen = `<div class="scroller"><div class="scroller__media"><figure><img src="marsh.jpg"><figcaption><span>${caption}</span> <span>Ana Ruiz for the Gazette</span></figcaption></figure></div><div class="scroller__text"><div>${caption}</div></div></div>`;
    const html = `<html><body><article><h1>Marsh to be flooded for birds</h1><p>${story[0]}</p>${screen}<p>${story[1]}</p><p>${story[2]}</p></article></body></html>`;
    expect(read(html)).toBe(story.join('\n\n'));
  });
});
