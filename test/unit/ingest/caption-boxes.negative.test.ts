import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';

const story = [
  'The old rope works by the canal will reopen as a market hall in May, the borough said on Thursday, after a restoration that took four years.',
  'Forty stalls will sell food and crafts, and the upper floor will hold a small museum of the rope trade, which employed 300 people in 1900.',
  'Traders who want a stall have until the end of March to apply, and rents will be frozen for the first two years, the borough said.',
];
const read = (html: string) => storyText(parseHtmlNode(html), { title: 'Rope works to reopen as market', reparse: () => parseHtmlNode(html) });

describe('story text that only looks like a caption stays', () => {
  it('keeps a story box whose class names a caption but holds the story', () => {
    const html = `<html><body><div class="storyWithCaptions"><h1>Rope works to reopen as market</h1>${story.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(read(html)).toBe(story.join('\n\n'));
  });

  it('keeps a paragraph that credits a wire or names a photo inside it', () => {
    const more = ['The borough showed an AP photo of the hall from 1921 (AP Photo archive) at the meeting.', 'HARBORTOWN (AP) — The borough said the market opens in May.'];
    const html = `<html><body><div id="story"><h1>Rope works to reopen as market</h1>${[...story, ...more].map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(read(html).split('\n\n')).toEqual([...story, ...more]);
  });

  it('keeps a chapter heading set beside a picture in a feature', () => {
    const chapter = '<div class="chapter"><div class="kicker">Upper Floor</div><h3>From Hemp to Market Stalls</h3><div class="art"><img src="diagram.png"></div></div>';
    const html = `<html><body><div id="story"><h1>Rope works to reopen as market</h1><p>${story[0]}</p><p>${story[1]}</p>${chapter}<p>${story[2]}</p></div></body></html>`;
    expect(read(html).split('\n\n')).toEqual([story[0], story[1], 'Upper Floor', 'From Hemp to Market Stalls', story[2]]);
  });

  it('keeps a story paragraph with a picture inside it, and a short story beside its picture', () => {
    const inline = `<html><body><div id="story"><h1>Rope works to reopen as market</h1><p><img src="hall.jpg">${story[0]}</p><p>${story[1]}</p><p>${story[2]}</p></div></body></html>`;
    expect(read(inline)).toBe(story.join('\n\n'));
    const floated = `<html><body><div id="story"><h1>Rope works to reopen as market</h1><div>${story[0]}<div class="pic"><img src="hall.jpg"></div></div><p>${story[1]}</p><p>${story[2]}</p></div></body></html>`;
    expect(read(floated)).toBe(story.join('\n\n'));
    const brief = `<html><body><div id="story"><h1>Rope works to reopen as market</h1><div><img src="hall.jpg"><p>${story[0]}</p><p>${story[1]}</p></div></div></body></html>`;
    expect(read(brief)).toBe(story.slice(0, 2).join('\n\n'));
  });
});
