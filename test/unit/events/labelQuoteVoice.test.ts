// Who says a quote's "I" or "we" when the quote names no one itself: a quote after one attributed
// in its own paragraph goes on in that voice; a "he" or "she" who says it is the one named in the
// narrative before; a spokesman not said to be of a body speaks for the body the sentence before
// has as its subject, and a police or government one for the police or the government
// (speaker.ts, firstPerson.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-06-02') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a quote’s speaker named before', () => {
  it('goes on after "…,” she said." in the same paragraph', () => {
    expect(labels('Oda Lunde opened the bakery in 1990.\n\n“It was hard work,” said Oda Lunde. “I sold the last loaf on Sunday.”')).toContain('Oda Lunde sold the last loaf');
  });
  it('is the one a "she" goes on from', () => {
    expect(labels('“We are all so sad,” said Oda Lunde, a baker from Voss.\n\nLunde kept the recipe book her mother gave her in 1975.\n\n“I miss her a lot,” she said. “I baked her bread again on Sunday.”')).toContain('Lunde baked her bread again');
  });
});

describe('a spokesman’s "we"', () => {
  it('is the body the sentence before has as its subject', () => {
    expect(labels('In a statement, Nordline promised to refund every ticket.\n\n“We paid the first refunds on Monday,” a spokeswoman said.')).toContain('Nordline paid the first refunds');
  });
  it('is the police for a police spokesman', () => {
    expect(labels('“We charged two men on Monday,” a police spokesman said.')).toContain('Police charged two men');
  });
  it('is the government for a government official', () => {
    expect(labels('“We will open the border on Friday,” a senior government official said.')).toContain('The government will open the border');
  });
});
