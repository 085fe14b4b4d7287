// A column an executive writes for a company, or a body's own page, speaks as that body: "At
// Nordline, we ...", "We at the Harbour Trust ...". Outside any quotation its "we" is that body,
// and the label names it in the third person (firstPerson.ts ownBodyLabel).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-06-02') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a body’s own "we"', () => {
  it('is the body an opening "At ..., we" names', () => {
    expect(labels('At Nordline, we first sold ferry tickets online in 2019.')).toContain('Nordline first sold ferry tickets online');
  });
  it('goes on in the sentences after', () => {
    expect(labels('At Nordline, we listen to our passengers. In 2022 we opened our second terminal.')).toContain('Nordline opened its second terminal');
  });
  it('is the body of "We at ..."', () => {
    expect(labels('We at the Harbour Trust care for the old docks. In 2020 we were given the lighthouse.')).toContain('The Harbour Trust was given the lighthouse');
  });
  it('puts the body’s other first persons in the third person', () => {
    expect(labels('At Nordline, we decided in 2018 that we needed a new booking system for our routes.')).toContain('Nordline decided that it needed a new booking system for its routes');
  });
});
