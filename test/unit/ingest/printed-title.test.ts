import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';
import { printedPart } from '../../../src/lib/ingest/meta/headline';

const story = '<p>The county board approved the new bus routes after a long debate, with two members against and one abstaining from the vote.</p>';

describe('the part of a joined title that the page prints', () => {
  it('is the headline of a page with no <h1>', () => {
    const html = `<html><head><title>Bus routes approved - The Ledger Blog - Opinion - County Ledger</title></head><body><table><tr><td><b>Bus routes approved</b></td></tr><tr><td>${story}</td></tr></table></body></html>`;
    expect(ingest(html, { kind: 'html', parseHtml }).title).toBe('Bus routes approved');
  });
  it('cuts spaced colons and underscores that templates join parts with', () => {
    expect(printedPart('Gate News: World Views : Ferry strike ends after nine days', 'Home Ferry strike ends after nine days The strike ...')).toBe('Ferry strike ends after nine days');
    expect(printedPart('Ferry strike ends after nine days_English_Wire', 'Ferry strike ends after nine days Dock workers ...')).toBe('Ferry strike ends after nine days');
  });
});

describe('titles that stay whole', () => {
  it('keeps a headline with its own colon', () => {
    expect(printedPart('Harbour chiefs are asked: When did you last take the ferry?', 'Harbour chiefs are asked When did you last take the ferry?')).toBe('Harbour chiefs are asked: When did you last take the ferry?');
  });
  it('keeps the title when the page prints it whole, or prints no part, or several', () => {
    expect(printedPart('Bus routes approved - County Ledger', 'Bus routes approved - County Ledger was updated')).toBe('Bus routes approved - County Ledger');
    expect(printedPart('Bus routes approved - County Ledger Online', 'Nothing of it here')).toBe('Bus routes approved - County Ledger Online');
    expect(printedPart('Bus routes approved - County Ledger Online', 'Bus routes approved by the County Ledger Online team')).toBe('Bus routes approved - County Ledger Online');
  });
});

describe('a title with markup in it', () => {
  it('ends where the markup starts (a <title> never closed, or holding a comment)', () => {
    const html = `<html><head><title>Harbour News | Ferry strike ends<!-- ad slot --> <link rel="x" href="/a.css" /></title></head><body><h2>Ferry strike ends</h2>${story}</body></html>`;
    expect(ingest(html, { kind: 'html', parseHtml }).title).toBe('Ferry strike ends');
  });
});
