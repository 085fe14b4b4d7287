import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';

// Where the first date is not a masthead's, or no stamp of the story's stands by its headline,
// the day stays as it was read.
const story =
  '<p>The lighthouse on the north point was lit again after a year of repairs to its lantern, the harbour trust said, and will guide the winter fishing fleet home.</p>' +
  '<p>Volunteers raised most of the money for the work, which replaced the rusted gallery rail and the old clockwork that turned the lens.</p>';
const page = (masthead: string, stamp: string) =>
  `<html><head><title>Lighthouse shines again on north point - Coast Courier</title></head><body>` +
  `<div class="topbar">Coast Courier - your local paper <span class="date">${masthead}</span></div>` +
  `<div class="menu-links"><a href="/">Home</a> <a href="/n">News</a></div>` +
  `<div class="story"><h1>Lighthouse shines again on north point</h1><div class="by">${stamp}</div>${story}</div></body></html>`;
const published = (html: string) => ingest(html, { kind: 'html', parseHtml }).published;

describe('no masthead, or no stamp of the story by the headline', () => {
  it('keeps a first date a label names as the publication ("Posted ...")', () => {
    expect(published(page('Posted Friday 14 March 2031', 'Last Updated: 9:40pm GMT 27/02/2031'))).toBe('2031-03-14');
  });

  it('keeps a first date printed without its weekday (a dateline, not a masthead)', () => {
    expect(published(page('14 March 2031', 'Last Updated: 9:40pm GMT 27/02/2031'))).toBe('2031-03-14');
  });

  it('does not take a stamp later than the day the page was served', () => {
    expect(published(page('Friday 14 March 2031', 'Last Updated: 9:40pm GMT 20/03/2031'))).toBe('2031-03-14');
  });
});
