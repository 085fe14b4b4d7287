import { describe, expect, it } from 'vitest';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';
import { readPageMeta } from '../../../src/lib/ingest/meta';

const published = (head: string, body: string, url: string | null = null) =>
  readPageMeta(parseHtmlNode(`<html><head>${head}</head><body>${body}</body></html>`), url).published;

describe('what readPageMeta must not take as the publication date', () => {
  it('a relative stamp is not a date', () => {
    expect(published('', '<h1>River breaks its banks overnight</h1><p class="date">5 hours ago</p>')).toBeNull();
  });

  it('an update stamp is not the publication', () => {
    expect(published('<meta property="article:modified_time" content="2022-08-30">', '<h1>Quarry plan shelved again</h1><p class="byline">Updated March 2, 2022</p>')).toBeNull();
  });

  it('a comment\'s <time> is not the article\'s', () => {
    const body = '<article><h1>Library extends opening hours</h1><p>Readers welcomed it.</p></article><section class="comments"><time datetime="2020-10-10">Oct 10</time></section>';
    expect(published('', body)).toBeNull();
  });

  it('a related story\'s or sidebar\'s date is not the article\'s', () => {
    const body = '<h1>Wind farm approved off the cape</h1><aside><time datetime="2021-01-01">Jan 1</time><p class="date">January 1, 2021</p></aside><ul class="related-stories"><li><span class="date">2 February 2021</span></li></ul>';
    expect(published('', body)).toBeNull();
  });

  it('a teaser card\'s <time> is not the story\'s', () => {
    const body = '<article><h1>Bridge repainting starts</h1><p>Crews arrived.</p></article><article class="card"><time datetime="2019-09-09">9 Sep</time><a>Other story</a></article>';
    expect(published('', body)).toBeNull();
  });

  it('a date in the headline is the story\'s subject, not its publication', () => {
    expect(published('', '<div class="top"><h1>Remembering the flood of March 3, 1999</h1><p>Survivors speak.</p></div>')).toBeNull();
  });

  it('a CMS placeholder before 1995 is not a publication date', () => {
    expect(published('<meta property="article:published_time" content="1970-01-01T00:00:00Z">', '')).toBeNull();
  });

  it('an ambiguous slashed day is refused rather than guessed', () => {
    expect(published('', '<div><h1>Market hall reopens its doors</h1><p class="date">04/05/2021</p></div>')).toBeNull();
  });

  it('a month in the URL is not a day', () => {
    expect(published('', '<h1>Orchestra tours the coast</h1>', 'https://example.org/2018/06/orchestra-tours')).toBeNull();
    // a story number after a month folder, not the day: it does not repeat the folder's year and month
    expect(published('', '<h1>Orchestra tours the coast</h1>', 'https://example.org/2018/06/132377-orchestra-tours')).toBeNull();
  });

  it('a copyright year is not a date', () => {
    expect(published('', '<h1>Seals return to the estuary</h1><p class="meta">© 2017 Coastal Post</p>')).toBeNull();
  });
});
