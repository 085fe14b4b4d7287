import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';

// A site prints the day it serves a page in its masthead, above the menu, on every page; the
// story's own stamp stands by its headline or byline, and is on or before that day.
const story =
  '<p>The lighthouse on the north point was lit again after a year of repairs to its lantern, the harbour trust said, and will guide the winter fishing fleet home.</p>' +
  '<p>Volunteers raised most of the money for the work, which replaced the rusted gallery rail and the old clockwork that turned the lens.</p>';
const page = (masthead: string, stamp: string, headline = 'Lighthouse shines again on north point') =>
  `<html><head><title>${headline} - Coast Courier</title></head><body>` +
  `<div class="topbar">Coast Courier - your local paper <span class="date">${masthead}</span></div>` +
  `<div class="menu-links"><a href="/">Home</a> <a href="/n">News</a> <a href="/s">Sport</a></div>` +
  `<div class="story"><h1>${headline}</h1><div class="by">${stamp}</div>${story}</div></body></html>`;
const published = (html: string) => ingest(html, { kind: 'html', parseHtml }).published;

describe("the masthead's day of serving against the story's stamp", () => {
  it('takes an update stamp by the headline, a clock between its label and its day, over the masthead', () => {
    expect(published(page('Friday 14 March 2031', 'By Tom Reed Last Updated: 9:40pm GMT 27/02/2031'))).toBe('2031-02-27');
  });

  it('reads a day in figures in the order the masthead writes its day (day first)', () => {
    expect(published(page('Friday 14 March 2031', 'Last Updated: 9:40pm GMT 02/03/2031'))).toBe('2031-03-02');
  });

  it('reads a day in figures month first under a masthead that writes the month first', () => {
    expect(published(page('Fri, March 14, 2031', 'Tom Reed | Published: 03.10.2031'))).toBe('2031-03-10');
  });

  it("takes a story's stamp printed between the masthead and the headline", () => {
    const html =
      `<html><head><title>Lighthouse shines again on north point - Coast Courier</title></head><body>` +
      `<div>Coast Courier news and community. Friday, 14 March 2031 NEWS &gt; Local 11 March 2031 - 4:05PM Print | Send</div>` +
      `<div><b>Lighthouse shines again on north point</b></div>${story}</body></html>`;
    expect(published(html)).toBe('2031-03-11T16:05');
  });
});
