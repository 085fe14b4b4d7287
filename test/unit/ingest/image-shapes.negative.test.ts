// Issue 13: what the caption shape rules (image-shapes.test.ts) keep: a story paragraph with a
// picture inside it, and a paragraph of a picture and a long passage. Pages written for these tests.
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

describe('story text beside pictures and links stays', () => {
  it('keeps a story paragraph that opens on a picture', () => {
    const line = 'The borough bought the works in 2019 for a nominal sum after the last rope maker closed.';
    expect(read(page(`<p><img src="hall.jpg">${line}</p>`)).split('\n\n')).toEqual([story[0], line, story[1], story[2]]);
  });
  it('keeps a paragraph of a picture and a long italic passage', () => {
    const passage =
      'The borough bought the works in 2019 for a nominal sum after the last rope maker closed, and spent four years on a restoration that kept the long walk where hemp was twisted into rope, the boiler house and the tarring shed, all of which will be open to visitors.';
    expect(read(page(`<p><img src="hall.jpg"><br><em>${passage}</em></p>`)).split('\n\n')).toEqual([story[0], passage, story[1], story[2]]);
  });
});
