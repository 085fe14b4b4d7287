import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';
import { isNewsLabel } from '../../../src/lib/ingest/templateLines';

const story = [
  'The old rope works by the canal will reopen as a market hall in May, the borough said on Thursday, after a restoration that took four years.',
  'Forty stalls will sell food and crafts, and the upper floor will hold a small museum of the rope trade, which employed 300 people in 1900.',
  'Traders who want a stall have until the end of March to apply, and rents will be frozen for the first two years, the borough said.',
];
const read = (html: string) => storyText(parseHtmlNode(html), { title: 'Rope works to reopen as market', reparse: () => parseHtmlNode(html) });
const page = (inside: string, after = '') =>
  `<html><body><div id="story"><h1>Rope works to reopen as market</h1>${inside}${story.map((p) => `<p>${p}</p>`).join('')}</div>${after}</body></html>`;

describe('a section label over headlines after the story is a rail', () => {
  it('cuts "World News:" and the headlines under it', () => {
    const rail = '<div><p>World News:</p><p><a href="/a">Ferry strike ends after nine days</a></p><p><a href="/b">Canal barges to carry freight again</a></p><p><a href="/c">Port city elects its first mayor in 2024</a></p></div>';
    const html = `<html><body><div id="story"><h1>Rope works to reopen as market</h1>${story.map((p) => `<p>${p}</p>`).join('')}<p>World News:</p><p>Ferry strike ends after nine days</p><p>Canal barges to carry freight again</p><p>Port city elects its first mayor in 2024</p></div></body></html>`;
    expect(read(html)).toBe(story.join('\n\n'));
    expect(read(page('', rail))).toBe(story.join('\n\n'));
  });

  it('cuts a feed of headlines, each with its source and stamp line', () => {
    const feed = ['Breaking Market News', 'Ferry operator shares rise 4 pct', 'Harbor Wire | Wed, Mar 6 2024, 07:50 GMT', 'Canal freight volumes up in 2023', 'Harbor Wire | Wed, Mar 6 2024, 07:42 GMT'];
    const html = `<html><body><div id="story"><h1>Rope works to reopen as market</h1>${[...story, ...feed].map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(read(html)).toBe(story.join('\n\n'));
  });

  it('names the labels that head a list of links', () => {
    for (const l of ['World News:', 'Breaking Market News', 'More Business Headlines', 'Latest Updated Reports', 'Related Stories']) expect(isNewsLabel(l), l).toBe(true);
  });
});
