import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../../src/lib/analysis/sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not end a sentence after titles, initials, month abbreviations or a.m.', () => {
    expect(split('Sen. Ada Brooks met Gov. T. J. Okafor on Feb. 3 at 10 a.m. in the U.S. Capitol. They agreed.')).toEqual([
      'Sen. Ada Brooks met Gov. T. J. Okafor on Feb. 3 at 10 a.m. in the U.S. Capitol.',
      'They agreed.',
    ]);
  });

  it('does not end a sentence at the "v." between the parties of a case', () => {
    expect(split('The appeal is Harlow v. Fenwick Port Authority, No. 21-331. It was argued in June.')).toEqual([
      'The appeal is Harlow v. Fenwick Port Authority, No. 21-331.',
      'It was argued in June.',
    ]);
  });

  it('ends a sentence after "U.S." when a sentence opener follows', () => {
    expect(split('The envoy flew to the U.S. The talks begin Monday.')).toEqual(['The envoy flew to the U.S.', 'The talks begin Monday.']);
  });

  it('keeps closing quotes with their sentence and does not split "?" inside a quote followed by lower case', () => {
    expect(split('“Will it pass?” she asked. “Yes.” The vote followed.')).toEqual(['“Will it pass?” she asked.', '“Yes.”', 'The vote followed.']);
  });

  it('ends sentences at line breaks unless the next line carries on in lower case', () => {
    expect(split('Floods hit the coast\nResidents fled on\nthursday night.\n\nRoads closed.')).toEqual([
      'Floods hit the coast',
      'Residents fled on\nthursday night.',
      'Roads closed.',
    ]);
  });

  it('cuts a run-on text into pieces no longer than the bound, between words', () => {
    const text = 'word '.repeat(1000);
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces) expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('returns no sentence for empty or blank text', () => {
    expect(split('')).toEqual([]);
    expect(split(' \n\n \n')).toEqual([]);
  });
});
