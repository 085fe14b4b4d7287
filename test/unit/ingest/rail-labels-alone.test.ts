// Issue 13: a rail's label set apart from its headlines by the markup (a table row over rows that
// each hold a one-item list, a <p> over headlines each in a <div> of its own) goes with them once
// the headlines are taken as links; and an article's tools box after the story (a menu of media
// links, "Tools", "E-mail this article", "Larger text | Smaller text") is cut from its first
// label. Pages written for these tests. (What stays: the .negative file.)
import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';
import { isFurnitureLine } from '../../../src/lib/ingest/templateLines';

const story = [
  'The lifeboat station at Carrow Point will get a new boathouse next spring, the charity said on Monday, after storms last winter cracked the slipway.',
  'Volunteers will keep launching from the harbour wall while the work goes on, and the station expects to answer about 60 calls this year.',
  'The charity said local fundraisers had given more than half of the cost, and a public open day will be held when the boathouse is finished.',
];
const title = 'Lifeboat station to get new boathouse';
const read = (html: string) => storyText(parseHtmlNode(html), { title, reparse: () => parseHtmlNode(html) });
const storyHtml = story.map((p) => `<p>${p}</p>`).join('');

describe('a rail label the markup set apart from its headlines', () => {
  it('goes with headlines that each sit in a one-item list of their own row', () => {
    const rows = ['Harbour dues to rise for visiting yachts', 'Pilot gig crews race for the county cup', 'Seal pup found on the quay returns to sea']
      .map((h, i) => `<tr><td><ul><li><a href="/news/${i}">${h}</a></li></ul></td></tr>`)
      .join('');
    const rail = `<table><tr><td><b>COAST NEWS</b></td></tr>${rows}</table>`;
    const html = `<html><body><div id="story"><h1>${title}</h1>${storyHtml}${rail}</div></body></html>`;
    expect(read(html)).toBe(story.join('\n\n'));
  });

  it('goes with headlines that each sit in a section of their own under a label ending in a colon', () => {
    const boxes = ['Ferry timetable changes for the winter', 'Coastguard warns walkers about the cliff path', 'Fishing fleet lands its best catch in years']
      .map((h, i) => `<section><p><a href="/story?id=${i}">${h}</a></p></section>`)
      .join('');
    const html = `<html><body><div id="story"><h1>${title}</h1>${storyHtml}<p>Shore Headlines:</p>${boxes}</div></body></html>`;
    expect(read(html)).toBe(story.join('\n\n'));
  });
});

describe("an article's tools box after the story", () => {
  it('cuts the media menu and the tools from the first label', () => {
    const box = ['Multimedia', 'PDF: Tide tables', 'View PDF Now', 'Photo Gallery', 'Boathouse plans', 'Tools', 'E-mail this article', 'Larger text | Smaller text'];
    const html = `<html><body><div id="story"><h1>${title}</h1>${[...story, ...box].map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(read(html)).toBe(story.join('\n\n'));
  });

  it('names the tools lines as template lines', () => {
    for (const l of ['Tools', 'Article tools', 'E-mail this article', 'Email to a friend', 'Larger text | Smaller text', 'Text size', 'Multimedia', 'Photo Gallery']) expect(isFurnitureLine(l), l).toBe(true);
  });
});
