import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';

// Words inside a sentence belong to the sentence, whatever class the CMS gave the inline
// element around them: a link, a name or a term styled as a tooltip, a share link, a caption.
const opening = 'The county water board agreed on Monday to buy the disused quarry north of the reservoir, ending a dispute that has run for most of a decade.';
const closing = 'Work on a pumping station at the quarry is to start once the sale is signed, and the board hopes to draw water from it within three years.';
const page = (middle: string) =>
  `<html><head><title>Water board buys quarry</title></head><body><div class="menu"><a href="/">Home</a> <a href="/local">Local</a></div><div id="story"><h1>Water board buys quarry</h1><p>${opening}</p><p>${middle}</p><p>${closing}</p></div><div class="footer"><a href="/contact">Contact</a></div></body></html>`;
const sentence = 'The purchase follows a report by the regional geology service that found the quarry floor sealed by a thick bed of clay.';
const wrapped = (open: string, close: string) =>
  `The purchase follows a report by ${open}the regional geology service${close} that found the quarry floor sealed by a thick bed of clay.`;
const textOf = (html: string) => ingest(html, { kind: 'html', parseHtml }).text.replace(/\s+/g, ' ');

describe('inline markup inside a sentence keeps its words', () => {
  const shapes: [string, string, string][] = [
    ['a span classed as a tooltip', '<span class="tooltip">', '</span>'],
    ['a link classed as a share link', '<a class="share-link" href="/geology">', '</a>'],
    ['a bold run classed as social', '<b class="social">', '</b>'],
    ['a span classed as a comment', '<span class="comment">', '</span>'],
    ['a span classed as an ad', '<span class="ad">', '</span>'],
    ['a strong run classed as a caption', '<strong class="caption">', '</strong>'],
    ['a span classed as related', '<span class="related-term">', '</span>'],
    ['a span classed as a credit', '<span class="credit">', '</span>'],
    ['an em inside a link classed as a promo', '<a class="promo" href="/g"><em>', '</em></a>'],
    ['a font inside a link', '<a href="/g"><font color="#003366">', '</font></a>'],
    ['a span inside a link', '<a href="/g"><span class="author-name">', '</span></a>'],
  ];
  for (const [name, open, close] of shapes) {
    it(`keeps ${name}`, () => {
      const text = textOf(page(wrapped(open, close)));
      expect(text).toContain(sentence);
      expect(text).toContain(opening);
      expect(text).toContain(closing);
    });
  }

  it('keeps a paragraph set in <font> with breaks inside it', () => {
    const text = textOf(page(`<font size="2">${wrapped('<span class="tags">', '</span>')}</font>`));
    expect(text).toContain(sentence);
  });
});
