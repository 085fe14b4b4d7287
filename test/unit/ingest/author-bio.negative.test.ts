// What the author-box rule must leave: a person described in the story's own prose, and a bio-like
// line before the story's last paragraph.
import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';

const story = [
  'The county will close the Elm Street bridge for six weeks from June 3 so crews can replace its deck, the roads office said on Wednesday.',
  'Drivers will be sent around by the river road, which adds about ten minutes, and the footpath on the bridge will stay open at weekends.',
];
const title = 'Elm Street bridge to close for six weeks';
const read = (html: string) => storyText(parseHtmlNode(html), { title, reparse: () => parseHtmlNode(html) });
const page = (...more: string[]) =>
  `<html><body><article><h1>${title}</h1>${[...story, ...more].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

describe('people the story itself describes', () => {
  it('keeps a bio-like sentence followed by more of the story', () => {
    const lines = ['Ana Ruiz is a civil engineer with the roads office and will lead the crews.', 'The footpath will close for two nights in July, she said.'];
    expect(read(page(...lines))).toBe([...story, ...lines].join('\n\n'));
  });

  it('keeps a closing sentence about what a person did', () => {
    const line = 'Ana Ruiz, who led the crews, was a student at the polytechnic when the bridge opened.';
    expect(read(page(line))).toBe([...story, line].join('\n\n'));
  });

  it('keeps a line that reports a subhead-like "Recommended" in prose', () => {
    const line = 'Recommended routes for cyclists will be posted at both ends of the bridge, the office said.';
    expect(read(page(line))).toBe([...story, line].join('\n\n'));
  });
});
