import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';

// Pages of the 2000s with no meta tags and no <h1>: the day is printed under the headline.
const STORY = '<p>The port authority replaced its four oldest cranes over the winter, the harbour master said.</p>';
const page = (stamp: string, story = STORY, title = 'Harbour cranes replaced') =>
  `<html><head><title>${title}</title></head><body><table><tr><td><b>Harbour cranes replaced</b> ${stamp}</td></tr><tr><td>${story}</td></tr></table></body></html>`;
const published = (html: string) => ingest(html, { kind: 'html', parseHtml }).published;

describe('a day in figures that reads both ways', () => {
  it('is read by the weekday printed beside it', () => {
    expect(published(page('By Jo Mill | Tuesday | 03/02/2009'))).toBe('2009-02-03');
  });

  it('is read month first before a North American clock zone', () => {
    expect(published(page('Port desk 03/02/2009 08:15:40 AM CST'))).toBe('2009-03-02T08:15');
  });

  it('is read in the order of the page’s other days in figures', () => {
    const story = '<p>The order for the cranes was signed on 21/02/2009 and the first one came by barge from the yard.</p>';
    expect(published(page('Posted 04/03/2009', story))).toBe('2009-03-04');
  });
});

describe('stamps in the forms templates print', () => {
  it('reads a day written with dashes, day first', () => {
    expect(published(page('Posted on: 19-02-2009 in Business'))).toBe('2009-02-19');
  });

  it('reads a two-digit year with a clock after it or a label before it', () => {
    expect(published(page('05.03.09 14:20 (Wire)'))).toBe('2009-03-05T14:20');
    const h1 = `<html><head><title>Cranes replaced</title></head><body><div><h1>Harbour cranes replaced</h1><p>Last updated at 9:05am on 05.03.09</p></div>${STORY}</body></html>`;
    expect(published(h1)).toBe('2009-03-05');
    expect(published(page('Last Updated: 3/16/09 10:40 AM ET'))).toBe('2009-03-16T10:40');
  });

  it('reads the C library’s stamp, the clock before the year', () => {
    expect(published(page('Port desk - Thu, 05 Mar 11:40:00 2009'))).toBe('2009-03-05');
  });

  it('finds the headline of a <title> that joins the site’s name without a space', () => {
    expect(published(page('portnews.example 2009-03-05 10:12:00 Print', STORY, 'Harbour cranes replaced_World_Portnews'))).toBe('2009-03-05T10:12');
  });

  it('reads a meta tag written month-day-year with dashes', () => {
    const html = `<html><head><title>Harbour cranes replaced</title><meta name="article:published_time" content="03-15-2009"></head><body>${STORY}</body></html>`;
    expect(published(html)).toBe('2009-03-15');
  });
});

describe('an <h1> in a box too large to bound its header', () => {
  it('takes the dateline printed right after the headline', () => {
    const menu = Array.from({ length: 300 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join(' ');
    const html = `<html><head><title>Cranes replaced | Portnews</title></head><body><div>${menu}<h1>Harbour cranes replaced</h1><b>Ann Vik in Oslo<br>Tuesday March 3, 2009<br>Portnews</b>${STORY}</div></body></html>`;
    expect(published(html)).toBe('2009-03-03');
  });
});
