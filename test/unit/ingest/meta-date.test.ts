import { describe, expect, it } from 'vitest';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';
import { readPageMeta } from '../../../src/lib/ingest/meta';
import { ingest } from '../../../src/lib/ingest';

const page = (head: string, body: string) => parseHtmlNode(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const dateOf = (head: string, body: string, url: string | null = null) => {
  const m = readPageMeta(page(head, body), url);
  return [m.published, m.publishedFrom];
};

describe('readPageMeta: the publication date', () => {
  it('reads a WebPage date inside a JSON-LD @graph when no article node is dated', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'WebSite', name: 'Harbour Gazette' },
      { '@type': 'WebPage', datePublished: '2021-03-14T08:05:00+01:00', name: 'Ferry timetable changes' },
    ] });
    expect(dateOf(`<script type="application/ld+json">${ld}</script>`, '<h1>Ferry timetable changes</h1>')).toEqual(['2021-03-14T08:05:00', 'json-ld']);
  });

  it('prefers a NewsArticle nested in an array over the page around it', () => {
    const ld = JSON.stringify([{ '@type': 'WebPage', datePublished: '2020-01-01' }, { '@type': 'ReportageNewsArticle', datePublished: '2020-02-02', headline: 'Lighthouse keepers return' }]);
    expect(dateOf(`<script type="application/ld+json">${ld}</script>`, '')).toEqual(['2020-02-02', 'json-ld']);
  });

  it('reads parsely-pub-date and sailthru.date as meta conventions', () => {
    expect(dateOf('<meta name="parsely-pub-date" content="2018-07-09T14:20:00Z">', '')).toEqual(['2018-07-09T14:20:00', 'meta']);
    expect(dateOf('<meta name="sailthru.date" content="2018-07-10 06:00:00">', '')).toEqual(['2018-07-10T06:00:00', 'meta']);
  });

  it('reads microdata datePublished from an element\'s text', () => {
    expect(dateOf('', '<h1>Orchard frost ruins apricots</h1><span itemprop="datePublished">April 3, 2022</span>')).toEqual(['2022-04-03', 'microdata']);
  });

  it('reads the <time> beside the headline', () => {
    const body = '<header><h1>Council votes to reopen the lido</h1><p>By A. Swimmer <time datetime="2023-06-01T17:45">1 June</time></p></header><p>The pool closed in 2009.</p>';
    expect(dateOf('', body)).toEqual(['2023-06-01T17:45', 'time']);
  });

  it('falls back to the day in the URL path', () => {
    expect(dateOf('', '<h1>Tram line opens</h1>', 'https://example.org/news/2019/05/23/tram-line-opens')).toEqual(['2019-05-23', 'url']);
  });

  it('reads a day folder under a month folder, and a slug opening on the day that repeats its month folder', () => {
    expect(dateOf('', '<h1>Tram line opens</h1>', 'https://example.org/english/2019-05/23/content_88.htm')).toEqual(['2019-05-23', 'url']);
    expect(dateOf('', '<h1>Tram line opens</h1>', 'https://example.org/transport/2019/05/190523-tram-line-opens/')).toEqual(['2019-05-23', 'url']);
    // the year's folder, the desk's section, then month and day (CNN's permalinks)
    expect(dateOf('', '<h1>Tram line opens</h1>', 'https://example.org/2019/TRAVEL/europe/05/23/tram.line.opens/index.html')).toEqual(['2019-05-23', 'url']);
    expect(dateOf('', '<h1>Tram line opens</h1>', 'https://example.org/2019/middle_east/5/3/tram.line/')).toEqual(['2019-05-03', 'url']);
  });

  it.each([
    ['Published 5 November 2025', '2025-11-05'],
    ['Nov. 5, 2025 9:30 a.m. ET', '2025-11-05T09:30'],
    ['Samstag, 19. Juli 2014', '2014-07-19'],
    ['06.10.2017 11:15', '2017-10-06T11:15'],
    ['Publié le 29 juin 2019', '2019-06-29'],
    ['Actualizado el 3 de marzo de 2021', null],
    ['2019年2月13日 10:30', '2019-02-13T10:30'],
    ['Posted 3/21/2016 7:41:09 PM', '2016-03-21T19:41'],
    ['March 21, 2016, 11:05:30 p.m.', '2016-03-21T23:05'],
  ])('reads the dateline %j under the headline as %s', (line, expected) => {
    const body = `<div class="story-top"><h1>Bakers strike over night shifts</h1><div class="byline">${line}</div></div><p>Ovens went cold.</p>`;
    expect(readPageMeta(page('', body), null).published).toBe(expected);
  });

  it('keeps the publisher\'s local day when the same instant is also written in UTC', () => {
    const head = '<meta property="article:published_time" content="2024-02-09T23:40:00Z"><meta name="pubdate" content="2024-02-10T08:40:00+09:00">';
    expect(dateOf(head, '')).toEqual(['2024-02-10T08:40:00', 'meta']);
  });

  it('takes the dateline\'s day for a late-evening UTC stamp when the page shows that day', () => {
    const head = '<meta property="article:published_time" content="2024-02-10T03:10:00Z">';
    const body = '<div class="head"><h1>Snow closes mountain pass</h1><p class="date">February 9, 2024</p></div>';
    expect(dateOf(head, body)).toEqual(['2024-02-09', 'meta']);
  });
});

describe('the date in a page script state', () => {
  const state = (json: string) =>
    `<html><head><title>Dredging to start</title><script>window.__STATE__ = ${json};</script></head><body><h1>Dredging to start</h1><p>The harbor will be dredged.</p></body></html>`;
  const read = (html: string) => ingest(html, { kind: 'html', parseHtml: parseHtmlNode });

  it('dates the story from the CMS record a framework ships when no tag or byline does', () => {
    const article = read(state('{"story":{"headline":"Dredging to start","datePublished":"2024-06-03T21:40:00-04:00","dateModified":"2024-06-04T08:00:00-04:00"}}'));
    expect([article.published, article.publishedFrom]).toEqual(['2024-06-03T21:40:00', 'meta']);
  });

  it('never takes the modified date for the published one', () => {
    expect(read(state('{"story":{"dateModified":"2024-06-04T08:00:00Z","lastUpdated":"2024-06-04"}}')).published).toBeNull();
  });

  it('gives way to a meta tag', () => {
    const html = state('{"datePublished":"2024-06-01"}').replace('</head>', '<meta property="article:published_time" content="2024-06-03"></head>');
    expect(read(html).published).toBe('2024-06-03');
  });
});

describe('a byline <time> above the story', () => {
  const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the story tells how the harbor commission argued for three hours on Monday night before it finally voted on the dredging plan.</p>`).join('');
  const read = (body: string) => ingest(`<html><head><title>Dredging vote</title></head><body>${body}</body></html>`, { kind: 'html', parseHtml: parseHtmlNode });

  it('dates the story when it stands before the prose, a standfirst allowed', () => {
    const page = read(`<div class="layout"><h2>Dredging vote</h2></div><div><p>The commission argued for three hours before it voted to dredge the northern channel this autumn, officials said.</p><p>By Jo Kett <time datetime="2016-10-04 05:07:09">10/04/2016 05:07 AM EDT</time></p>${prose(4)}</div>`);
    expect([page.published, page.publishedFrom]).toEqual(['2016-10-04T05:07:09', 'time']);
  });

  it('does not date the story from a <time> inside its prose', () => {
    const page = read(`<div>${prose(3)}<p>The last vote was on <time datetime="2011-05-02">May 2, 2011</time>.</p>${prose(2)}</div>`);
    expect(page.published).toBeNull();
  });
});

describe('a dateline element that carries its stamp in an attribute', () => {
  const read = (stamp: string) =>
    ingest(`<html><head><title>Pier reopens</title></head><body><h1>Pier reopens after repairs</h1><abbr class="published" title="${stamp}">Tuesday</abbr><p>The pier reopened.</p></body></html>`, { kind: 'html', parseHtml: parseHtmlNode });

  it('dates the story from hAtom\'s <abbr class="published" title>', () => {
    expect([read('2019-05-21T21:30:00-04:00').published, read('2019-05-21T21:30:00-04:00').publishedFrom]).toEqual(['2019-05-21T21:30:00', 'dateline']);
  });

  it('does not take the UTC day of a late-evening stamp for the newsroom\'s day', () => {
    expect(read('2019-05-22T01:30:00Z').published).toBeNull();
  });
});
