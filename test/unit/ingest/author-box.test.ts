// Issue 13: furniture inside the story's box told by shape: an "About the author" box and the bio
// under it after the story; a line of nothing but an invisible joiner. Pages written for these
// tests. (What stays: the .negative file.)
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

describe('an author box after the story', () => {
  it('drops the label and the bio under it', () => {
    const box = '<div><h2>About the Author</h2><p>Sam Ortega covers roads and transport for the paper and has reported from the county since 2015.</p></div>';
    expect(read(page('', box))).toBe(story.join('\n\n'));
  });
});

describe('an empty box', () => {
  it('drops a line that is only a zero-width joiner', () => {
    expect(read(page('<p>\u200c</p>'))).toBe(story.join('\n\n'));
  });
});
