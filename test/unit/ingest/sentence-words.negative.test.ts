import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';

// Furniture set inline beside a sentence, not inside one, still goes: a share link after the
// paragraph's last full stop, an ad label between two sentences, a long note shown on hover.
const opening = 'Night buses on the river line will run every twenty minutes from next month, the transit authority said, after riders asked for later services.';
const closing = 'The authority said the extra buses would be paid for from the parking levy raised in the town centre since the spring.';
const page = (middle: string) =>
  `<html><head><title>Night buses to run more often</title></head><body><div id="story"><h1>Night buses to run more often</h1><p>${opening}</p><p>${middle}</p><p>${closing}</p></div></body></html>`;
const textOf = (html: string) => ingest(html, { kind: 'html', parseHtml }).text;
const middle = 'Drivers on the route will be paid the weekend rate for every shift that starts after ten at night.';

describe('inline furniture beside a sentence', () => {
  it('drops a share link after the last full stop', () => {
    const text = textOf(page(`${middle} <a class="share-link" href="/s">Share this quote</a>`));
    expect(text).toContain(middle);
    expect(text).not.toContain('Share this quote');
  });

  it('drops an ad label between two sentences', () => {
    const text = textOf(page(`${middle}<span class="ad-label">Sponsored content</span> The union welcomed the change.`));
    expect(text).not.toContain('Sponsored content');
  });

  it('drops a long note shown on hover inside a sentence', () => {
    const note = 'The levy was introduced in 2019 after a vote of the council and has been raised twice.';
    const text = textOf(page(`Riders pay the levy <span class="footnote">${note}</span> with every ticket bought in the centre of town.`));
    expect(text).not.toContain(note);
  });

  it('drops a tag list of links, items parted by commas', () => {
    const tags = 'Tagged in this story: <a class="tags__item" href="/t/1">River Line</a>, <a class="tags__item" href="/t/2">Levy debate</a>, <a class="tags__item" href="/t/3">Transit authority</a>, <a class="tags__item" href="/t/4">Parking levy</a>';
    expect(textOf(page(tags))).not.toContain('Levy debate');
  });

  it('drops a byline item between a handle and a count', () => {
    const byline = 'By Ines Varga @inesvarga <span class="byline-item">Nov 3, 2031, 10:05am</span> 212 comments on this story so far from readers';
    expect(textOf(page(byline))).not.toContain('Nov 3, 2031');
  });

  it('drops a share button in a bar of buttons, each its own element', () => {
    const bar = '<span class="btn">copy link</span> <span class="post-share-button share"><span class="icon">share</span> Share this</span> <span class="btn">bookmark for later</span> <span class="btn">print this page now</span> <span class="btn">email a friend</span>';
    expect(textOf(page(`${middle}</p><p>${bar}`))).not.toContain('Share this');
  });
});
