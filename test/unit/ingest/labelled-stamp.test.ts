import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';

// Pages of the 2000s: no meta tags, no <time>, no <h1>; the day is printed in the template.
const page = (furniture: string, story = '<p>The ferry service to the islands resumed after the storm, with the first crossing full.</p>') =>
  `<html><head><title>Ferries run again</title></head><body><table><tr><td class="hd"><b>Ferries run again</b></td></tr><tr><td>${furniture}</td></tr><tr><td>${story}</td></tr></table></body></html>`;
const published = (html: string) => {
  const p = ingest(html, { kind: 'html', parseHtml });
  return [p.published, p.publishedFrom];
};

describe('a stamp the page labels in its text', () => {
  it('reads a named publication field', () => {
    expect(published(page('Published Date: 03 March 2009 Source: Wire'))).toEqual(['2009-03-03', 'dateline']);
  });

  it('reads a wire credit line and its time', () => {
    expect(published(page('Associated Press - March 4, 2009 5:10 PM ET'))).toEqual(['2009-03-04T17:10', 'dateline']);
  });

  it('reads a "Posted" label with the weekday between it and the date', () => {
    expect(published(page('By Ann Lee Posted: Thursday Mar 5, 2009'))).toEqual(['2009-03-05', 'dateline']);
  });

  it('takes the last update field when nothing says published', () => {
    expect(published(page('Last Updated: Wednesday, 4 March 2009, 09:12 GMT'))).toEqual(['2009-03-04T09:12', 'dateline']);
  });

  it('prefers the publication to an update printed before it', () => {
    expect(published(page('Last Updated: 6 March 2009 | Published: 2 March 2009'))).toEqual(['2009-03-02', 'dateline']);
  });

  it('reads a "Posted on:" label and a wire credit with no dash', () => {
    expect(published(page('Source: Wire Posted on: May 6, 2009 10:57 PST'))).toEqual(['2009-05-06T10:57', 'dateline']);
    expect(published(page('Press Association Friday May 8, 2009 6:08 PM'))).toEqual(['2009-05-08T18:08', 'dateline']);
  });
});

describe('a page wrapped in one <form> (ASP.NET)', () => {
  const story = '<p>The harbour commission voted to dredge the north channel, ending a dispute that had held up shipping for two seasons and angered crews.</p><p>Dredging is to begin in April, the commission said, and should take about six weeks if the weather holds.</p>';
  const aspPage = `<html><head><title>Channel to be dredged</title></head><body><form id="Form1" method="post"><div class="masthead"><span class="date">Tuesday 12 May 2009</span></div><div id="articlehead"><b>Channel to be dredged</b><div class="metadata">Published Date: 03 May 2009</div></div><div id="story">${story}</div><div class="search"><form action="/search"><input name="q"></form></div></form></body></html>`;

  it('is read as the page: the labelled publication beats the masthead’s date, and the story is kept', () => {
    const p = ingest(aspPage, { kind: 'html', parseHtml });
    expect(p.published).toBe('2009-05-03');
    expect(p.text).toContain('The harbour commission voted to dredge the north channel');
    expect(p.text).toContain('Dredging is to begin in April');
  });
});

describe('a page with no <h1>: the date printed by its headline', () => {
  const story = '<p>The county board approved the new bus routes after a long debate, with two members against and one abstaining.</p>';
  const noH1 = (around: string) => `<html><head><title>Bus routes approved | County News</title></head><body><div class="top">Home | News | Sport</div><table><tr><td>${around}</td></tr><tr><td>${story}</td></tr></table></body></html>`;
  const day = (html: string) => ingest(html, { kind: 'html', parseHtml }).published;

  it('reads the stamp right after the printed headline', () => {
    expect(day(noH1('<b>Bus routes approved</b> 16:10, Mar 9 2009 <i>By Staff</i>'))).toBe('2009-03-09');
  });
  it('reads the date right above it when nothing else dates the page', () => {
    expect(day(noH1('08 March 2009 <b>Bus routes approved</b>'))).toBe('2009-03-08');
  });
  it('skips a date of the prose after it, behind a preposition', () => {
    expect(day(noH1('<b>Bus routes approved</b> The board said on March 2, 2009 that it would vote.'))).toBeNull();
  });
});
