import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';

// A template's line break written as an empty element: the words on either side are two
// paragraphs (or at least two sentences), never one run-on word ("season.The").
const page = (body: string) =>
  `<html><head><title>Orchard yields fall</title></head><body><div id="story">${body}</div><div class="footer"><a href="/">Home</a></div></body></html>`;
const first = 'Apple growers in the upper valley picked a fifth less fruit than last autumn, the growers’ cooperative said in its yearly report.';
const second = 'A late frost in April killed much of the blossom on the higher slopes, and a wet summer spread scab through the older orchards.';
const third = 'The cooperative expects prices at the farm gate to rise by about a tenth before the winter markets open in the towns.';

describe('an empty element standing for a line break', () => {
  it('parts two paragraphs at a stray closing </p> (an empty paragraph to the parser)', () => {
    const text = ingest(page(`${first}</p>${second}</p>${third}`), { kind: 'html', parseHtml }).text;
    expect(text).not.toMatch(/report\.A late/);
    expect(text).not.toMatch(/orchards\.The/);
    expect(text).toContain(first);
    expect(text).toContain(second);
    expect(text).toContain(third);
  });

  it('parts two paragraphs at an empty span a CMS styles as a break, where a sentence closes before it', () => {
    const text = ingest(page(`<p>${first}<span class="line-gap"></span>${second}<span class="line-gap"></span>${third}</p>`), { kind: 'html', parseHtml }).text;
    expect(text.split('\n')).toEqual(expect.arrayContaining([first, second, third]));
  });
});
