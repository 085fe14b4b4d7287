// A label cut where a clause was about to open does not end on the word that opens it: a relative
// "which", a "that" after a saying or a noun of saying, an "until" whose date the tagger took with
// its "after" (label.ts, DANGLING). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-15') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a clause word left at the end', () => {
  it('"which" goes', () => {
    expect(labels('Land Registry said rents in 2023 as a whole rose by 7.1 percent which it said was the fastest rise since records began.')).toContain('Rents as a whole rose by 7.1 percent');
  });
  it('"that" after a noun of saying goes', () => {
    expect(labels('The story broke when the coach was suspended in 2019 over claims that he had bullied junior players.')).toContain('The coach was suspended over claims');
  });
  it('"until" before a tagged "after midnight" goes', () => {
    expect(labels('The street party started late on Friday and went on until after midnight.')).toContain('The street party went on');
  });
});
