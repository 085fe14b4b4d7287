// An aside set off by a pair of dashes between a subject and its verb says who or what the
// subject is; the label keeps the subject and its verb, as it does around an appositive between
// commas (label.ts, DASH_ASIDE); where the statement ends on the subject at the first dash,
// the label runs on to the predicate after the second (dashAside.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a dash aside between the subject and its verb', () => {
  it('goes, with spaced hyphens', () => {
    const text = 'And the state Office of Water Quality - the successor to the disbanded rivers board - said it was opening an inquiry into a spill at a dairy on Thursday.';
    expect(labels(text)).toContain('The state Office of Water Quality said it was opening an inquiry');
  });

  it('goes, with em dashes', () => {
    const text = 'The new harbour ferry—the first built in the town for fifty years—made its maiden crossing to the island on Saturday.';
    expect(labels(text)).toContain('The new harbour ferry made its maiden crossing to the island');
  });

});

describe('a statement that ends on its subject at a dash aside', () => {
  it('takes the predicate after the closing em dash', () => {
    const text = 'Also on Monday, Gen. Ada Marsh — the head of the northern command and its senior officer in the Arctic — was in Oslo for talks with defence chiefs.';
    expect(labels(text)).toContain('Gen. Ada Marsh was in Oslo for talks with defence chiefs');
  });

  it('takes the predicate after the closing double hyphen', () => {
    const text = 'Last year, county coach Ben Ruddock -- laid low by a stomach bug in the days before the final -- was taken to hospital with dehydration.';
    expect(labels(text)).toContain('County coach Ben Ruddock was taken to hospital with dehydration');
  });

  it('reads over an abbreviation’s full stop inside the aside', () => {
    const text = 'On Monday, Dr. Ina Vos — the head of the U.S. Navy’s medical corps in the St. Lucia base — was in Bonn for talks with the health ministry.';
    expect(labels(text)).toContain('Dr. Ina Vos was in Bonn for talks with the health ministry');
  });
});
