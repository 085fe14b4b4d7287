// Issue 13: what the rules for a rail's label standing alone and for a tools box after the story
// must keep (rail-labels-alone.test.ts has what goes). Pages written for these tests.
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

describe('a short line over one linked headline stays', () => {
  it('keeps a subhead over a single link between paragraphs', () => {
    const html = `<html><body><div id="story"><h1>${title}</h1><p>${story[0]}</p><p>The crews</p><div><p><a href="/news/crew">Meet the crew who launch at night</a></p></div><p>${story[1]}</p><p>${story[2]}</p></div></body></html>`;
    expect(read(html).split('\n\n')).toEqual([story[0], 'The crews', story[1], story[2]]);
  });
});

describe('a story closing on short lines keeps them', () => {
  it('keeps a closing list before the tools label', () => {
    const list = ['Open day times:', 'Saturday 10am to 4pm', 'Sunday 11am to 3pm'];
    const html = `<html><body><div id="story"><h1>${title}</h1>${[...story, ...list, 'Tools', 'E-mail this article'].map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(read(html).split('\n\n')).toEqual([...story, ...list]);
  });

  it('keeps a label with a sentence of the story after it', () => {
    const html = `<html><body><div id="story"><h1>${title}</h1>${[...story, 'Multimedia', 'A film of the old slipway will be shown at the open day.'].map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(read(html).split('\n\n')).toEqual([...story, 'A film of the old slipway will be shown at the open day.']);
  });

  it('does not take reporting about tools or text for a template line', () => {
    for (const l of ['Tools were stolen from the boathouse', 'Larger boats need a longer slipway.', 'Email from the charity']) expect(isFurnitureLine(l), l).toBe(false);
  });
});
