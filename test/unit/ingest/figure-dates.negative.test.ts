import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';

const STORY = '<p>The port authority replaced its four oldest cranes over the winter, the harbour master said.</p>';
const page = (stamp: string, story = STORY) =>
  `<html><head><title>Harbour cranes replaced</title></head><body><table><tr><td><b>Harbour cranes replaced</b> ${stamp}</td></tr><tr><td>${story}</td></tr></table></body></html>`;
const published = (html: string) => ingest(html, { kind: 'html', parseHtml }).published;

describe('days in figures that are not read', () => {
  it('leaves a day that reads both ways with nothing to tell the order', () => {
    expect(published(page('Posted 04/03/2009'))).toBeNull();
  });

  it('leaves it where the page’s other days disagree on the order', () => {
    const story = '<p>Bids closed on 21/02/2009, the yard said, and the first crane was shipped on 02/25/2009 by barge.</p>';
    expect(published(page('Posted 04/03/2009', story))).toBeNull();
  });

  it('leaves it where the weekday beside it fits neither reading', () => {
    expect(published(page('By Jo Mill | Sunday | 03/02/2009'))).toBeNull();
  });

  it('leaves a two-digit year with no clock and no label: a version or a code', () => {
    expect(published(page('05.03.09'))).toBeNull();
    expect(published(page('Firmware 2.1.09 for the crane controls'))).toBeNull();
  });
});

describe('a date in a field that dates something else', () => {
  it('leaves a film’s release date under a review’s headline', () => {
    const html = `<html><head><title>The Long Crossing</title></head><body><h1>The Long Crossing</h1><p>Cinema release date: 6 March 2009</p>${STORY}</body></html>`;
    expect(published(html)).toBeNull();
  });
});
