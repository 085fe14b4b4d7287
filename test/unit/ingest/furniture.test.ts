import { describe, expect, it } from 'vitest';
import { furnitureSpans, isFurnitureLine } from '../../../src/lib/ingest/furniture';
import { extract } from '../../../src/lib/extract';

const story = 'The dam opened on Friday after a decade of work, officials said at a ceremony attended by hundreds.';

describe('furnitureSpans', () => {
  it('finds the trailing comment block of a copied page', () => {
    const text = `${story}\n\nCOMMENTS\nPlease let us know if you're having issues with commenting.`;
    expect(furnitureSpans(text)).toEqual([{ start: story.length + 2, end: text.length }]);
  });

  it('takes in the short headlines a "Related" label introduces', () => {
    const text = `${story}\nRelated:\nFlood fears ease in the valley\nMayor opens new park\nShare this article`;
    const [block] = furnitureSpans(text);
    expect(text.slice(block.start)).toBe('Related:\nFlood fears ease in the valley\nMayor opens new park\nShare this article');
  });

  it('leaves a short last paragraph of reporting alone when no label follows it', () => {
    expect(furnitureSpans(`${story}\nThe vote is on Monday.`)).toEqual([]);
  });

  it('finds a lone "Advertisement" line between paragraphs', () => {
    const text = `${story}\nAdvertisement\n${story}`;
    expect(furnitureSpans(text)).toEqual([{ start: story.length + 1, end: story.length + 14 }]);
  });
});

describe('isFurnitureLine', () => {
  it.each(['Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.', 'COMMENTS', '12 Comments', 'Share this article', 'Sign up for our newsletter', 'Advertisement', 'Related: Dam opens', 'Read more: Flood fears ease'])('%j is furniture', (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });
  it.each(['The comments drew a rebuke from the mayor.', 'Share prices fell on Monday.', 'Related parties must disclose the loans, the regulator said.'])('%j is reporting', (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});

describe('furnitureSpans and short reporting', () => {
  it('keeps a short closing paragraph that follows an advertisement label', () => {
    const text = `${story}\nAdvertisement\nThe vote is on Monday.`;
    expect(furnitureSpans(text)).toEqual([{ start: story.length + 1, end: story.length + 14 }]);
  });
});

describe('template lines in a pasted page are furniture, as in a saved one', () => {
  const lines = [
    'PUBLISHED: 09:12 EST, 4 March 2024 | UPDATED: 11:40 EST, 4 March 2024',
    'By Jo Kett',
    'The harbor commission voted on Tuesday to dredge the northern channel.',
    '— Harbor Police (@HarborPD) April 15, 2019',
    'Work will start in September, the commission said.',
  ];
  const text = lines.join('\n');

  it('marks the stamp, the byline and the tweet sign-off, not the reporting', () => {
    const marked = furnitureSpans(text).map((s) => text.slice(s.start, s.end));
    expect(marked).toEqual([lines[0], lines[1], lines[3]]);
  });

  it('gives events only for the reporting', () => {
    const doc = extract(text, { title: null, url: null, publisher: null, published: '2024-03-08' });
    expect(doc.events.map((e) => text.slice(e.source.start, e.source.end))).toEqual([lines[2], lines[4]]);
  });
});
