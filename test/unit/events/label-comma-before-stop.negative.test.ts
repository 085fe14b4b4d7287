// A comma inside the label stays: only one left at its very end goes.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string) => extract(text, { title: null, published: '2031-02-10', url: null, publisher: null }).events.map((e) => e.label);

describe('commas that are not left before the stop', () => {
  it('keeps a comma between two of the label’s own words', () => {
    expect(labels('Okafor, Lindqvist and Mbeki were elected to the board on Friday.')).toEqual(['Okafor, Lindqvist and Mbeki were elected to the board']);
  });
});
