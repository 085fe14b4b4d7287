// A date inside a noun phrase set beside a name (before it, opening the sentence, or after it
// between commas) is the phrase's: the label tells it of the name, as a sentence does
// (apposition.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-05-04') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a date in a noun phrase beside a name', () => {
  it('labels a fronted phrase as what the name was', () => {
    const found = labels('A referee at the World Cup between 1998 and 2002, Okafor joined the league’s board early this year.');
    expect(found).toContain('Okafor was a referee at the World Cup');
    expect(found).toContain('Okafor joined the league’s board');
  });

  it('labels a phrase after a name, taking the part of a pair that holds the date', () => {
    const found = labels('“It cannot last,” said Lena Marsh, a lecturer in law at Keele and a member of the Law Commission in the 1990s who drafted the act.');
    expect(found).toContain('Lena Marsh was a member of the Law Commission');
  });

  it('tells a participle after the phrase’s noun of the name', () => {
    expect(labels('A plaque now marks the grave of Tom Reilly, the 19-year-old wrongly hanged in Leeds in 1922.')).toContain('Tom Reilly was wrongly hanged in Leeds');
  });
});
