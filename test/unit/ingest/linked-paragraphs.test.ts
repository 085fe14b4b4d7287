import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { linkedDivsToParagraphs } from '../../../src/lib/ingest/body/linkedParagraphs';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';

// A template that writes every paragraph as <div class="block"><div class="text">…</div></div>.
const block = (inner: string) => `<div class="block"><div class="text">${inner}</div></div>`;
const plain = [
  'The lighthouse keepers of the northern cape were told on Friday that the beacon would be automated before the winter, ending a post held by one family since 1911.',
  'The coastal authority said the new lamp, run from the mainland, would cost less than a tenth of the keepers\' wages over the next decade.',
  'Residents of the village below the cape have collected 900 signatures asking the authority to keep at least one keeper on the rock.',
  'A hearing on the petition is due in March, when the authority\'s board meets in the port town for its spring session.',
  'The board\'s chair said it would read every letter it received before then, and that no final decision had yet been taken.',
];
const linkedMostlyProse = `<span>The keepers first raised the alarm after </span><a href="/cape/survey">a survey of the rock's foundations</a><span> found cracks below the lamp room.</span>`;
const linkedClosedOutside = `<a href="/cape/next">The story of the cape is not finished</a><span>.</span>`;
const page = (body: string) => `<html><body><article><h1>Cape beacon to lose its keepers</h1><div class="story">${body}</div></article></body></html>`;
const read = (html: string) => storyText(parseHtmlNode(html), { title: 'Cape beacon to lose its keepers', reparse: () => parseHtmlNode(html) });

describe('paragraphs written as <div>s that hold a link', () => {
  it('keeps a wrapped paragraph that cites a link mid-sentence', () => {
    const html = page([plain[0], plain[1]].map(block).join('') + block(linkedMostlyProse) + [plain[2], plain[3], plain[4]].map(block).join(''));
    expect(read(html)).toContain("The keepers first raised the alarm after a survey of the rock's foundations found cracks below the lamp room.");
  });

  it('keeps a wrapped sentence that is all link but its own full stop', () => {
    const html = page(plain.slice(0, 3).map(block).join('') + block(linkedClosedOutside) + plain.slice(3).map(block).join(''));
    expect(read(html).split('\n\n')).toContain('The story of the cape is not finished.');
  });

  it('keeps a linked <p> that sits alone in wrapper <div>s', () => {
    const wrapped = (inner: string) => `<div class="text-block"><div class="inner"><p>${inner}</p></div></div>`;
    const html = page(plain.slice(0, 3).map(wrapped).join('') + wrapped(linkedClosedOutside) + plain.slice(3).map(wrapped).join(''));
    expect(read(html).split('\n\n')).toContain('The story of the cape is not finished.');
  });

  it('rewrites the paragraph and its single-child wrappers as one <p>', () => {
    const doc = parseHtmlNode(`<html><body><section>${block(linkedMostlyProse)}<p>Next.</p></section></body></html>`);
    linkedDivsToParagraphs(doc);
    expect(doc.querySelector('section')!.innerHTML.startsWith('<p><span>The keepers')).toBe(true);
    expect(doc.querySelectorAll('div').length).toBe(0);
  });
});

describe('link lines stay <div>s, for Readability to weigh', () => {
  const rewritten = (inner: string) => {
    const doc = parseHtmlNode(`<html><body><section>${block(inner)}<p>Next.</p></section></body></html>`);
    linkedDivsToParagraphs(doc);
    return doc.querySelectorAll('div').length === 0;
  };

  it('leaves a headline link with no full stop', () => {
    expect(rewritten('<a href="/cape/keepers">Meet the last keepers of the northern cape</a>')).toBe(false);
  });

  it('leaves an embed credit whose words are mostly links and whose last word is linked', () => {
    expect(rewritten('<strong><a href="//slides.example/1">Cape lamp survey 2024 slides</a></strong> from <strong><a href="//slides.example/team">Coastal Team (Example Inc.)</a></strong>')).toBe(false);
  });

  it('leaves a div with block content inside it', () => {
    expect(rewritten('<p>The keepers met on <a href="/x">Friday at the lamp room</a>.</p><p>They left.</p>')).toBe(false);
  });

  it('leaves a div without a link, for Readability to turn into a paragraph itself', () => {
    expect(rewritten('The keepers met on Friday at the lamp room.')).toBe(false);
  });

  it('leaves a short link label of fewer than four words', () => {
    expect(rewritten('<a href="/more">More cape news</a>.')).toBe(false);
  });
});
