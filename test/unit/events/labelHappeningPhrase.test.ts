// A happening named by a bare noun that its date dates keeps the phrase after its noun that says
// what or whose it was ("Friday's announcement of a rail strike", not "The announcement")
// (nounEvent.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-06-02') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('the phrase after a happening’s noun', () => {
  it('says what was announced', () => {
    expect(labels('Commuters were angry after Friday’s announcement of a rail strike.')).toContain('The announcement of a rail strike');
  });
  it('says who announced', () => {
    expect(labels('Markets rallied after the 9 a.m. announcement by Nordbank that it would cut rates.')).toContain('The announcement by Nordbank');
  });
});
