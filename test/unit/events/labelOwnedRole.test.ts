// "Ana Ruiz, Peru's envoy to the talks, said ...": who a name is may be told as a role owned by
// the country or body the person serves; like any apposition beside a name it leaves the label
// (longLabel.ts, NAME_AND_WHO). And a title opening a label in lower case, where an opening
// phrase was cut before it, goes as a capitalised one does (TITLES).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-03-09') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('an owned role beside a name', () => {
  it('goes before a saying', () => {
    expect(labels('On Monday, Teodor Brandt, Norway’s envoy to the fisheries talks, told reporters the quotas would hold.')).toContain('Teodor Brandt told reporters the quotas would hold');
  });

  it('goes when the role takes several words', () => {
    expect(labels('Lena Oduya, the council’s water and flood defence adviser, inspected the dam on Friday.')).toContain('Lena Oduya inspected the dam');
    expect(labels('Lena Oduya, Kisumu’s water and flood defence adviser, inspected the dam on Friday.')).toContain('Lena Oduya inspected the dam');
  });
});

describe('a title in lower case at the start of a long label', () => {
  it('goes, and the speaker tells of themselves', () => {
    const text = 'In a reply to the court, fisheries minister Olav Strand said on Monday he would rewrite his original order banning trawling within twelve miles of the coast.';
    expect(labels(text)).toContain('Olav Strand would rewrite his original order banning trawling');
  });

  it('goes for a commander', () => {
    const text = 'Rebel commander Idris Kamau said on Sunday he believed the rebel council had not approved the new ceasefire plan for the northern provinces.';
    expect(labels(text)).toContain('Idris Kamau believed the rebel council had not approved the new ceasefire plan');
  });
});
