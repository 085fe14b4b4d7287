import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';
import { stampAboveStory } from '../../../src/lib/ingest/meta/storyStamp';

// A day above the story that is not the story's stays unread: the day of serving over a menu, a
// list of teasers, a field that dates something else, a date inside a sentence.
const opening = 'The ferry between the two islands will run twice a day through the winter for the first time, the shipping line said.';
const story = `<p>${opening}</p><p>Fares stay the same until the spring, when the line will review them with the island councils.</p>`;
const published = (header: string) =>
  ingest(`<html><head><title>Island Gazette</title></head><body><table><tr><td>${header}${story}</td></tr></table></body></html>`, { kind: 'html', parseHtml }).published;

describe('a day above the story that is not its stamp', () => {
  it('leaves a day of serving printed above a long menu', () => {
    const links = ['Home', 'Islands', 'Harbour', 'Weather', 'Sport', 'Business', 'Letters', 'Obituaries', 'Classifieds', 'Jobs', 'Property', 'Motors', 'Contact us', 'Subscribe', 'Advertise with us', 'Archive']
      .map((w) => `<a href="/${w.length}">${w}</a>`).join(' | ');
    expect(published(`<div>12/11/31 09:05 ${links}</div><b>Winter ferry to sail twice a day</b><br>`)).toBeNull();
  });

  it('leaves a rail of teasers each with its day', () => {
    expect(published('<div>Jetty opens (Monday November 3 2031) Councils meet (Friday October 31 2031) Storm warning (Tuesday October 28 2031)</div>')).toBeNull();
  });

  it('leaves a film\'s release date in a fact box', () => {
    expect(published('<b>Island Story: review</b><br>Cinema release date: 7 November 2031<br>')).toBeNull();
  });

  it('leaves a date after a preposition in a banner', () => {
    expect(stampAboveStory(`Serving the islands since 1 March 1999 ${opening}`, opening)).toBeNull();
  });

  it('leaves a day in brackets, a rail\'s teaser', () => {
    expect(stampAboveStory(`Jetty opens on the smaller island (Monday November 3 2031) ${opening}`, opening)).toBeNull();
  });
});
