// "Ann Roe said before the recess she had chosen ..., but would not reveal it until March": a
// clause that opens on its verb borrows the subject of the clause before, and where the gist of
// that clause opens on a phrase ("before the recess ..."), the subject is the one the clause was
// written with, its speaker (statementLabel.ts, spokenClause). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-15') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a subject borrowed past an opening phrase', () => {
  it('is the speaker of the clause before', () => {
    expect(labels('Councillor Ann Roe said before the vote on the budget she had already chosen a site for the depot, but would not reveal her choice until the end of June.')).toContain('Councillor Ann Roe would not reveal her choice');
  });
});
