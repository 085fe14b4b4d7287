// What is no owned role beside a name: a place described by its country ("Paris, France's
// capital"), and a list of owners.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-03-09') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('possessives beside a name that stay', () => {
  it('keeps a place described by its country', () => {
    expect(labels('Bergen, Norway’s second city, hosted the summit on Monday.')).toEqual(['Bergen, Norway’s second city, hosted the summit']);
  });

  it('keeps a list of owners', () => {
    expect(labels('Ana Ruiz, Peru’s, Chile’s and Bolivia’s envoy, said on Monday the talks failed.')).toEqual(['Ana Ruiz, Peru’s, Chile’s and Bolivia’s envoy, said the talks failed']);
  });
});
