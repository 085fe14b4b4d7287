// "The rifles – in crates stacked under the seats – were driven into Mali in March": a pair of
// dashes sets an aside between a subject and its verb; the statement after the closing dash opens
// on the verb, and its label is the subject before the opening dash with that predicate
// (dashAside.ts, underDashAside), not a subject borrowed from the aside. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-15') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('the subject before a dash aside', () => {
  it('an aside that opens on a preposition', () => {
    expect(labels('The rifles – in crates stacked under the seats of the van – were driven into Mali through Niger in March 2001, the report said.')).toContain('The rifles were driven into Mali through Niger');
  });
  it('an aside that opens on a participle', () => {
    expect(labels('The rifles – hidden in crates under the seats – were driven into Mali in March 2001, the report said.')).toContain('The rifles were driven into Mali');
  });
  it('an aside with a clause of its own, between em dashes', () => {
    expect(labels('Those four counties — in addition to two towns in Kent that each elect a councillor — will draw most of the parties’ money in May.')).toContain('The four counties will draw most of the parties’ money');
  });
});
