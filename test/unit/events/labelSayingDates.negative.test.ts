// Not two sayings' labels: a quotation ("...," X told the paper on Monday) is labelled by the
// quote rules; what was said opening on a pronoun keeps the clause's label; a sentence with one
// date is labelled as before.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') =>
  extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('not split', () => {
  it('a quotation keeps the quote rules', () => {
    const got = labels('"We expect the roof to be finished next week," Mayor Ellen Ruiz told this paper on Friday.');
    expect(got).toEqual(['Ellen Ruiz expects the roof to be finished', 'Ellen Ruiz expects the roof to be finished']);
  });
  it('what was said opening on a pronoun', () => {
    const got = labels('The agency said Sunday that it plans to widen the survey, beginning Monday.');
    expect(got).toEqual(['The agency said it plans to widen the survey, beginning', 'The agency plans to widen the survey, beginning']);
  });
  it('one date only', () => {
    expect(labels('The museum said Wednesday that ticket sales had risen.')).toEqual(['Ticket sales had risen']);
  });
});
