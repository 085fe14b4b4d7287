// Issue 13: what the headline-link rule (headline-links.test.ts) keeps: a list of the story's own
// points with a link inside, a linked sentence of the story, a one-link list's subhead above it,
// and anchors within the page. Pages written for these tests.
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

describe('links that are the story', () => {
  it("keeps a list of the story's points with a link inside an item", () => {
    const points = ['Sunday sailings end on April 6', 'The <a href="/timetable">summer timetable</a> is unchanged', 'Season tickets will be refunded in part'];
    const text = read(page(`<ul>${points.map((p) => `<li>${p}</li>`).join('')}</ul>`));
    expect(text).toContain('The summer timetable is unchanged');
    expect(text).toContain('Sunday sailings end on April 6');
  });
  it('keeps a paragraph that is one linked sentence, closed by its full stop', () => {
    const line = 'The operator published its letter to residents on Tuesday.';
    expect(read(page(`<p><a href="/letter.pdf">${line}</a></p>`)).split('\n\n')).toEqual([story[0], line, story[1], story[2]]);
  });
  it('keeps the subhead over a single linked headline', () => {
    const text = read(page('<h2>What residents say</h2><ul><li><a href="/news/petition">Islanders start a petition to save the Sunday boat</a></li></ul>'));
    expect(text).toContain('What residents say');
    expect(text).not.toContain('Islanders start a petition');
  });
  it("keeps a list of anchors within the page's own sections", () => {
    const text = read(page('<ul><li><a href="#timetable">The new winter timetable in full</a></li><li><a href="#fares">What happens to the fares now</a></li></ul>'));
    expect(text).toContain('The new winter timetable in full');
  });
});
