import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';
import { isNewsLabel } from '../../../src/lib/ingest/templateLines';

const story = [
  'The old rope works by the canal will reopen as a market hall in May, the borough said on Thursday, after a restoration that took four years.',
  'Forty stalls will sell food and crafts, and the upper floor will hold a small museum of the rope trade, which employed 300 people in 1900.',
  'Traders who want a stall have until the end of March to apply, and rents will be frozen for the first two years, the borough said.',
];
const read = (html: string) => storyText(parseHtmlNode(html), { title: 'Rope works to reopen as market', reparse: () => parseHtmlNode(html) });

describe('story text that only looks like a rail of links stays', () => {
  it('keeps a subhead named news when sentences follow it', () => {
    const more = ['Other news', 'The borough also said the towpath will be resurfaced this summer.', 'A new footbridge opens in June.', 'The lock keeper retires after 30 years.'];
    const html = `<html><body><div id="story"><h1>Rope works to reopen as market</h1>${[...story, ...more].map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(read(html).split('\n\n')).toEqual([...story, ...more]);
  });

  it('keeps a list the story introduces with a colon', () => {
    const list = ['The stalls will sell:', 'bread and cheese from the valley farms', 'rope goods made on the old machines', 'coffee roasted on the site'];
    const html = `<html><body><div id="story"><h1>Rope works to reopen as market</h1>${[...story, ...list].map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(read(html).split('\n\n')).toEqual([...story, ...list]);
  });

  it('does not take a headline or a sentence for a rail label', () => {
    for (const l of ['Good news for traders', 'The borough said the market will open in May.', 'News']) expect(isNewsLabel(l), l).toBe(l === 'News');
  });
});
