import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { dropDek } from '../../../src/lib/ingest/body/dek';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';

const summary = 'The orchard co-operative will replant a third of its trees after the late frost.';
const story = [
  'Growers in the valley lost most of their blossom to a frost on the night of April 9, the co-operative said on Monday, and many trees will not fruit this year.',
  'The co-operative will replant about 4,000 trees over the next two winters with varieties that flower later in the spring.',
  'Its chairwoman said the cost would be shared between the members and a regional fund set up after a similar frost in 2017.',
];
const page = (head: string, top: string) =>
  `<html><head>${head}</head><body><article><h1>Orchards to be replanted</h1>${top}${story.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const read = (html: string) => storyText(parseHtmlNode(html), { title: 'Orchards to be replanted', reparse: () => parseHtmlNode(html) });
const description = `<meta property="og:description" content="${summary}  ">`;

describe('the dek printed above the story', () => {
  it('drops a heading that repeats the page description', () => {
    expect(read(page(description, `<h2 class="first-line">${summary}</h2>`))).toBe(story.join('\n\n'));
  });

  it('drops a dek box that repeats the meta description, curly quotes and spacing aside', () => {
    const head = `<meta name="description" content="The orchard's co-operative will replant a third of its trees after the late frost.">`;
    expect(read(page(head, `<div class="story-excerpt">The orchard’s co-operative   will replant a third of its trees after the late frost.</div>`))).toBe(story.join('\n\n'));
  });
});

describe('what the dek rule leaves', () => {
  const headings = (head: string, body: string) => {
    const doc = parseHtmlNode(`<html><head>${head}</head><body>${body}</body></html>`);
    dropDek(doc);
    return doc.body.textContent;
  };

  it('keeps an opening <p> that the site copied into its description', () => {
    expect(headings(`<meta property="og:description" content="${story[0]}">`, `<p>${story[0]}</p>`)).toBe(story[0]);
  });

  it('keeps a subhead that differs from the description', () => {
    expect(headings(description, '<h2>Who pays for the new trees</h2>')).toBe('Who pays for the new trees');
  });

  it('keeps a plain <div> that repeats the description, as div-paragraph sites print their lede so', () => {
    expect(headings(description, `<div>${summary}</div>`)).toBe(summary);
  });

  it('ignores a description too short to be a summary', () => {
    expect(headings('<meta name="description" content="Farming news">', '<h2>Farming news</h2>')).toBe('Farming news');
  });
});
