import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';
import { stampAboveStory } from '../../../src/lib/ingest/meta/storyStamp';

// Old templates print the headline in a table cell and a <title> that is only the site's name;
// the day a reader sees stands between the headline and the story's first paragraph.
const story =
  '<p>The ferry between the two islands will run twice a day through the winter for the first time, the shipping line said, after a new jetty opened on the smaller island.</p>' +
  '<p>Fares stay the same until the spring, when the line will review them with the island councils and the tourist board.</p>';
const menu = '<table><tr><td><a href="/">Home</a> | <a href="/isl">Islands</a> | <a href="/sport">Sport</a></td></tr></table>';
const page = (header: string) =>
  `<html><head><title>Island Gazette</title></head><body>${menu}<table><tr><td>${header}${story}</td></tr></table></body></html>`;
const published = (html: string) => ingest(html, { kind: 'html', parseHtml }).published;

describe('the stamp printed just above the story', () => {
  it('reads a day printed under a headline in bold, its clock in brackets after it', () => {
    expect(published(page('<b>Winter ferry to sail twice a day</b><br>4 November 2031 (16:20)<br>'))).toBe('2031-11-04');
  });

  it('reads a byline joined to its day by a dash, with no comma before the year', () => {
    expect(published(page('<b>Winter ferry to sail twice a day</b><br>by Ana Ruiz - November 4 2031<br>'))).toBe('2031-11-04');
  });

  it('reads a day printed above the headline', () => {
    expect(published(page('<span>Islands</span> Tuesday, Nov 4, 2031<br><b>Winter ferry to sail twice a day</b><br>'))).toBe('2031-11-04');
  });

  it('reads a field the template labels "Date:"', () => {
    expect(published(page('<b>Winter ferry to sail twice a day</b><br>Writer: Ana Ruiz Date: Tuesday November 4 2031 Time: 4:20PM<br>'))).toBe('2031-11-04');
  });

  it('prefers the nearest day to the story over a day of serving further up', () => {
    const visible = 'Island Gazette Wednesday, Nov 12, 2031 Home Islands Winter ferry to sail twice a day by Ana Ruiz, Tuesday, Nov 4, 2031 The ferry between the two islands will run twice a day through the winter for the first time, the line said.';
    expect(stampAboveStory(visible, 'The ferry between the two islands will run twice a day through the winter for the first time, the line said.')).toBe('2031-11-04');
  });
});
