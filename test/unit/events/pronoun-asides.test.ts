// An "it" or a "they" named where news goes on with it: past an aside between the subject and its
// verb, after a saying with no "that", and through a sentence that goes on with the same pronoun.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';
import { namedAfterSentences } from './helpers';

const labels = (text: string) => extract(text, { title: null, published: '2024-03-08', url: null, publisher: null }).events.map((e) => e.label);

describe('an "it" names the subject an aside stood between', () => {
  it('takes a subject written before a relative clause between commas', () => {
    expect(namedAfterSentences('The union, which represents 9,000 nurses, voted to walk out. It will strike on Monday.', 'It will strike')).toBe('The union will strike');
  });
  it('takes a name the article writes with a small word inside it', () => {
    expect(namedAfterSentences('The Fund for Coastal Towns, a charity based in Hull, said the grants were gone. It will reopen in May.', 'It will reopen')).toBe('The Fund for Coastal Towns will reopen');
  });
});

describe('an "it" after a saying with no "that" is the one who says', () => {
  it('names the speaker when a date stands between the saying and the pronoun', () => {
    expect(labels('The Lakeside Rowing Club, a club founded by dock workers, said Friday it has lost 40 members this winter.')).toContain('The Lakeside Rowing Club has lost 40 members');
  });
});

describe('an "it" that goes on from the sentence before goes on from what that one went on from', () => {
  it('names the subject two sentences back, a name the article writes as one', () => {
    const text = 'Rivals envy Brightwell. Brightwell, a maker of ferries, is one of the oldest yards on the coast. It has a long record of orders from the navy. In 1998 it built two patrol boats.';
    expect(namedAfterSentences(text, 'It built two patrol boats')).toBe('Brightwell built two patrol boats');
  });
});

describe('a quote’s speaker may be introduced between commas', () => {
  it('names the speaker described between commas after the quote', () => {
    expect(labels('“We will open the bridge on Sunday,” Tomas Berg, the county engineer, said.')).toContain('Tomas Berg will open the bridge');
  });
});

describe('a quote’s speaker is named whatever the form of the name', () => {
  it('names a speaker whose name has a particle in lower case', () => {
    expect(labels('“We will reopen the clinic on Sunday,” district doctor Omar al-Rashid, a surgeon, told reporters.')).toContain('Omar al-Rashid will reopen the clinic');
  });
  it('names a speaker described at length between commas', () => {
    expect(labels('“We will reopen the clinic on Sunday,” Omar Rashid, the surgeon who ran the field hospital in the valley through the long siege of the town, said.')).toContain('Omar Rashid will reopen the clinic');
  });
});

describe('a "he" goes on with the speaker named after a quote', () => {
  it('names the person after the saying verb that closes the quote before', () => {
    expect(namedAfterSentences('“Farmers want more cover,” said Okonkwo. He expects premiums to rise.', 'He expects premiums to rise')).toBe('Okonkwo expects premiums to rise');
  });
  it('names the person after a title', () => {
    expect(namedAfterSentences('“Farmers want more cover,” said Mr Okonkwo. He expects premiums to rise.', 'He expects premiums to rise')).toBe('Okonkwo expects premiums to rise');
  });
});
