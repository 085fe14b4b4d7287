// Issue 13: the author's box with no label, at the story's end — a name alone, who the writer is,
// a republishing note — and a rail's label left alone between paragraphs once its items went.
// Pages written for these tests. (What stays: the .negative file.)
import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';

const story = [
  'The county will close the Elm Street bridge for six weeks from June 3 so crews can replace its deck, the roads office said on Wednesday.',
  'Drivers will be sent around by the river road, which adds about ten minutes, and the footpath on the bridge will stay open at weekends.',
  'The work was due last summer but was put off when the steel for the deck arrived late from the mill, the office said.',
];
const title = 'Elm Street bridge to close for six weeks';
const read = (html: string) => storyText(parseHtmlNode(html), { title, reparse: () => parseHtmlNode(html) });
const page = (between: string, after = '') =>
  `<html><body><article><h1>${title}</h1><p>${story[0]}</p>${between}<p>${story[1]}</p><p>${story[2]}</p>${after}</article></body></html>`;

describe('the author’s box after the story, with no label', () => {
  it('drops the name alone and the bio under it', () => {
    const box = '<p>Rosa Feld</p><p>Rosa Feld is a transport correspondent for the County Herald. She has written two books on the river towns.</p>';
    expect(read(page('', box))).toBe(story.join('\n\n'));
  });

  it('drops a bio whose name stands apart, and the republishing note', () => {
    const box = '<p>Is a visiting lecturer at the Polytechnic of the North.</p><p>First published in The Civic Review.</p>';
    expect(read(page('', box))).toBe(story.join('\n\n'));
  });
});

describe('lines the outlet prints in the story’s box', () => {
  it('drops a rail’s label left between paragraphs', () => {
    expect(read(page('<p>Most read in Travel</p>'))).toBe(story.join('\n\n'));
    expect(read(page('<p>Recommended Videos</p>'))).toBe(story.join('\n\n'));
  });

  it('drops the call for readers’ stories', () => {
    expect(read(page('', '<p>Do you have a story to tell? Email: desk@herald.example</p>'))).toBe(story.join('\n\n'));
  });
});
