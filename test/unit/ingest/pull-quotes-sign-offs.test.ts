import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';

const story = [
  'The glassworks on the canal will close at the end of June after 140 years, its owners told the 60 remaining workers on Wednesday.',
  '"We kept the furnaces lit through two wars and a flood. We could not keep them lit through this winter\'s gas bills," said Ines Marrow, whose family has run it since 1931.',
  'The town council said it would try to find a buyer for the site, which is listed, before the lease runs out in the autumn.',
];
const read = (html: string) => storyText(parseHtmlNode(html), { title: 'Canal glassworks to close', reparse: () => parseHtmlNode(html) });
const page = (middle: string, last = story[2]) =>
  `<html><body><article><h1>Canal glassworks to close</h1><p>${story[0]}</p>${middle}<p>${story[1]}</p><p>${last}</p></article></body></html>`;

describe('a pull quote repeats the story in large type', () => {
  it('drops a block the template names a pull quote, with its attribution line', () => {
    const quote = '<blockquote class="Pullquote"><div class="Pullquote-quote">We could not keep them lit through this winter\'s gas bills.</div><div class="Pullquote-info">Owner of the glassworks</div></blockquote>';
    expect(read(page(quote))).toBe(story.join('\n\n'));
  });

  it('keeps a block quote that is not named a pull quote', () => {
    const letter = '<blockquote><p>To the workers of the glassworks: thank you for 140 years.</p></blockquote>';
    expect(read(page(letter)).split('\n\n')).toContain('To the workers of the glassworks: thank you for 140 years.');
  });
});

describe("the desk's initials after the story's last full stop", () => {
  it('drops "DM" closing the last paragraph', () => {
    expect(read(page('', `${story[2]} DM`))).toBe(story.join('\n\n'));
  });

  it('drops "— AP" closing the last paragraph', () => {
    expect(read(page('', `${story[2]} — AP`))).toBe(story.join('\n\n'));
  });

  it('keeps capitals that end a sentence, and initials before the last paragraph', () => {
    const last = 'The site will be offered to the NHS';
    expect(read(page('', last)).endsWith('offered to the NHS')).toBe(true);
    const html = `<html><body><article><h1>Canal glassworks to close</h1><p>${story[0]} DM</p><p>${story[1]}</p><p>${story[2]}</p></article></body></html>`;
    expect(read(html).startsWith(`${story[0]} DM`)).toBe(true);
  });
});
