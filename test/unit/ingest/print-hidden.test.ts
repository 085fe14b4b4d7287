import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';

const story = [
  'The county will close the old swing bridge to cars from June, its engineers said on Monday, after divers found cracks in two of its piers.',
  'Walkers and cyclists may still cross it, and a ferry will run every twenty minutes until a new bridge opens downstream, planned for 2027.',
  'Traders on the east bank say the closure will cost them a third of their customers, and asked the county for help with their rents.',
  'The engineers will inspect the piers again in the autumn and decide then whether the bridge can be saved or must come down.',
];
const read = (html: string) => storyText(parseHtmlNode(html), { title: 'Swing bridge to close to cars', reparse: () => parseHtmlNode(html) });
const column = (cls: string) =>
  `<div class="${cls}"><div id="rightcolumn"><p><a href="/blogs/river">River Notes: the ferrymen, part 2</a></p><p>Jo Kett March 4th, 2024</p>` +
  '<p>It was the coldest week of the winter when I rode the last night ferry, which reminded me that the ferrymen have been on strike before, in 1987.</p>' +
  '<p>Few people remember the strike now, but the bridge was built because of it, and the ferrymen never forgave the county for that.</p></div></div>';
const page = (cls: string) =>
  `<html><body><div id="story"><h1>Swing bridge to close to cars</h1>${story.map((p) => `<p>${p}</p>`).join('')}${column(cls)}</div></body></html>`;

describe("what the publisher's print stylesheet leaves out is not the story", () => {
  for (const cls of ['noprint', 'no-print', 'sidebar-box d-print-none'])
    it(`drops a column of blog teasers classed "${cls}"`, () => {
      expect(read(page(cls))).toBe(story.join('\n\n'));
    });

  it('keeps the story when the wrapper of the whole page carries the mark', () => {
    const html = `<html><body><div class="noprint"><h1>Swing bridge to close to cars</h1>${story.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(read(html)).toBe(story.join('\n\n'));
  });

  it('keeps a column whose class only contains the word print', () => {
    expect(read(page('printable-column')).split('\n\n').length).toBeGreaterThan(story.length);
  });
});
