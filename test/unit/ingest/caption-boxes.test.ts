import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';

const story = [
  'The old rope works by the canal will reopen as a market hall in May, the borough said on Thursday, after a restoration that took four years.',
  'Forty stalls will sell food and crafts, and the upper floor will hold a small museum of the rope trade, which employed 300 people in 1900.',
  'Traders who want a stall have until the end of March to apply, and rents will be frozen for the first two years, the borough said.',
];
const read = (html: string) => storyText(parseHtmlNode(html), { title: 'Rope works to reopen as market', reparse: () => parseHtmlNode(html) });
const page = (inside: string, after = '') =>
  `<html><body><div id="story"><h1>Rope works to reopen as market</h1>${inside}${story.map((p) => `<p>${p}</p>`).join('')}</div>${after}</body></html>`;

describe('a caption is dropped whatever spelling its class or id gives it', () => {
  for (const name of ['class="pictureCaption"', 'id="storyphotocaption"', 'class="imageCaption"', 'class="leadcutline"'])
    it(`drops the caption box ${name}`, () => {
      const caption = `<div ${name}><img src="rope.jpg"><p>Workers carry coils of rope out of the works on the canal, March 2, 1921.</p></div>`;
      expect(read(page(caption))).toBe(story.join('\n\n'));
    });

  it('drops a long caption that closes on an agency photo credit', () => {
    const caption = '<p>Volunteers sort coils of hemp rope in the restored hall of the old rope works by the canal, which the borough will open as a market in May after four years of work, Thursday, March 7, 2024. (AP Photo/Lena Stroud)</p>';
    expect(read(page(caption))).toBe(story.join('\n\n'));
  });

  it('drops the words set beside a picture in its own box, whatever the box is called', () => {
    const table = '<table><tr><td><img src="hall.jpg"></td></tr><tr><td class="capt">Stallholders wait outside the rope works on the canal on Thursday.</td></tr></table>';
    expect(read(page(table))).toBe(story.join('\n\n'));
    const div = '<div class="lead-art"><img src="hall.jpg"><p>Stallholders wait outside the rope works on the canal on Thursday.</p></div>';
    expect(read(page(div))).toBe(story.join('\n\n'));
  });

  it('drops a photo credit named with its picture', () => {
    const credit = '<h6 id="storyphotocredit">Borough Gazette/Jo Kett</h6>';
    expect(read(page(credit))).toBe(story.join('\n\n'));
  });
});
