// Issue 13: links to other stories set inside the story's box, told by shape after Readability's
// pick: a list of headline links with its label, a one-item list between two paragraphs, and a
// paragraph that is one link in capitals. Pages written for these tests. (What stays: the
// .negative file.)
import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';

const story = [
  'The island ferry will stop running on Sundays from April, the operator said on Tuesday, blaming a shortage of engineers that has left two boats idle.',
  'Residents said the change would cut them off from the mainland hospital at weekends, and the council has asked the operator to think again.',
  'The operator said it hoped to restore the service in the autumn once new engineers finish their training at the college in Harbury.',
];
const read = (html: string) => storyText(parseHtmlNode(html), { title: 'Island ferry to stop Sunday runs', reparse: () => parseHtmlNode(html) });
const page = (between: string) =>
  `<html><body><article><h1>Island ferry to stop Sunday runs</h1><p>${story[0]}</p>${between}<p>${story[1]}</p><p>${story[2]}</p></article></body></html>`;

describe('a list of headline links inside the story', () => {
  it('drops the list and its label', () => {
    const rail =
      '<section><div class="x-title">Recommended from our desk</div><ol><li><a href="/news/pier-repairs"><img src="pier.jpg"><span>Pier repairs run three months over and cost twice the estimate</span></a></li><li><a href="/news/school-boat">Why the school boat leaves at dawn</a></li></ol></section>';
    expect(read(page(rail))).toBe(story.join('\n\n'));
  });
  it('drops a one-item list of a headline link, flag and all, dated words with it', () => {
    const item = '<div><ul><li><a href="https://example.org/news/strike-vote"><div><span>Analysis</span></div><span>Ferry crews voted to strike last month, union says</span></a></li></ul></div>';
    expect(read(page(item))).toBe(story.join('\n\n'));
  });
});

describe('a paragraph that is one headline link', () => {
  it('drops a linked headline in capitals between paragraphs', () => {
    expect(read(page('<p><a href="/news/old-ferry"><strong>HOW THE OLD FERRY WAS LOST IN THE 1987 STORM</strong></a></p>'))).toBe(story.join('\n\n'));
  });
});
