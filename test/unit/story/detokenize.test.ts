// Timeline17's articles are Penn Treebank tokenized; the story stage reads them as prose.
import { describe, expect, it } from 'vitest';
import { detokenize, looksTokenized } from '../../../src/lib/story/detokenize';

describe('detokenize', () => {
  it.each([
    ["Cairo , Egypt -LRB- CNN -RRB- -- Thousands jammed Cairo 's Tahrir Square on Tuesday .", "Cairo, Egypt (CNN) -- Thousands jammed Cairo's Tahrir Square on Tuesday."],
    ["`` This country is our country , '' he said .", '"This country is our country," he said.'],
    ['BP did n\'t say how much oil , about 5 % of the flow , was captured .', "BP didn't say how much oil, about 5% of the flow, was captured."],
    ['The fund lent $ 3 billion -LSB- sic -RSB- to the bank ; it was repaid .', 'The fund lent $3 billion [sic] to the bank; it was repaid.'],
    ['The 24\\/7 hotline logged 1,200 calls on 9\\/11 .', 'The 24/7 hotline logged 1,200 calls on 9/11.'],
  ])('turns %j into %j', (ptb, prose) => {
    expect(detokenize(ptb)).toBe(prose);
  });

  it('recognises a tokenized article by its PTB-only tokens', () => {
    expect(looksTokenized("Protesters gathered in Cairo 's Tahrir Square , witnesses said .")).toBe(true);
    expect(looksTokenized('He said -LRB- later -RRB- that it was over')).toBe(true);
  });
});
