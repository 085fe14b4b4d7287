import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';
import { datesOtherThing } from '../../../src/lib/ingest/meta/otherDate';

// Dates by the headline that date something else: a wire photo's caption, a CMS's serving or
// expiry field. The story's own stamp is the one a reader takes.
const story =
  '<p>The state parks board agreed on Tuesday to keep the lakeside campground open through the winter, reversing a plan to close it for repairs.</p>' +
  '<p>Repairs to the boat ramp will be done in stages so that anglers can still launch, the board said.</p>';
const page = (header: string) =>
  `<html><head><title>Parks Weekly</title></head><body><div class="story"><h1>Lakeside campground to stay open</h1>${header}${story}</div></body></html>`;
const published = (html: string) => ingest(html, { kind: 'html', parseHtml }).published;

describe('dates that are not the story’s stamp', () => {
  it('skips the day of a file photo in the caption under the headline', () => {
    const header = '<p class="caption">FILE - In this June 3, 2029 file photo, campers pitch tents by the lake.</p><div>Posted on Wed, Nov. 14, 2029</div>';
    expect(published(page(header))).toBe('2029-11-14');
  });

  it('skips a CMS field run into an id before it', () => {
    const header = '<div>Documentid: 5512Expiration DateTime: 11/16/2029 8:51:17 PM</div><div>Published: Wednesday, 14 Nov 2029 | 4:35 PM ET</div>';
    expect(published(page(header))).toBe('2029-11-14T16:35');
  });

  it('names a caption by the words around its day', () => {
    expect(datesOtherThing('In this ', ', file photo, a ranger')).toBe(true);
    expect(datesOtherThing('lake in a photo taken ', ' by a visitor')).toBe(true);
    expect(datesOtherThing('Current DateTime: 08:48:59 ', ' LinksList')).toBe(true);
  });
});
