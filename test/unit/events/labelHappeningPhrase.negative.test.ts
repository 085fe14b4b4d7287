// The phrase after a happening's noun is not taken when it is a date of its own or a clause.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-06-02') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('no phrase', () => {
  it('when the phrase is a date', () => {
    expect(labels('The board had yet to publish the results of Saturday’s vote by Tuesday afternoon.')).toContain('The vote');
  });
  it('when a clause follows the noun', () => {
    expect(labels('Markets rallied after Friday’s announcement that rates would fall.')).toContain('The announcement');
  });
});
