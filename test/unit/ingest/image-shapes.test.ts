// Issue 13: captions whose markup names no caption, told by the page's shape: a picture in a
// <picture> element with its caption and credit in the boxes beside it, and a picture set in a
// paragraph of its own with a short italic line under it. Pages written for these tests. (What
// stays: the .negative file.)
import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';

const story = [
  'The old rope works by the canal will reopen as a market hall in May, the borough said on Thursday, after a restoration that took four years.',
  'Forty stalls will sell food and crafts, and the upper floor will hold a small museum of the rope trade, which employed 300 people in 1900.',
  'Traders who want a stall have until the end of March to apply, and rents will be frozen for the first two years, the borough said.',
];
const read = (html: string) => storyText(parseHtmlNode(html), { title: 'Rope works to reopen as market', reparse: () => parseHtmlNode(html) });
const page = (between: string) =>
  `<html><body><div id="story"><h1>Rope works to reopen as market</h1><p>${story[0]}</p>${between}<p>${story[1]}</p><p>${story[2]}</p></div></body></html>`;

describe('a caption beside a responsive picture', () => {
  it('drops the caption and the credit set in boxes beside a <picture>', () => {
    const figure = '<div class="sc-x1"><picture><source srcset="hall-640.webp 640w"><img src="hall.jpg"></picture><div class="sc-x2">Stallholders queue outside the rope works on Thursday</div><div class="sc-x3">GAZETTE</div></div>';
    expect(read(page(figure))).toBe(story.join('\n\n'));
  });
});

describe('a picture and its caption in a paragraph of their own', () => {
  it('drops the italic line under a picture', () => {
    expect(read(page('<p><a href="hall.jpg"><img src="hall.jpg"></a><br> <em>The restored hall seen from the towpath on Thursday</em></p>'))).toBe(story.join('\n\n'));
  });
});
