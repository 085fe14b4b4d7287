// A cleft after an opening phrase, or on a date the label drops, is told as its plain clause
// (label.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a cleft on a name after an opening phrase', () => {
  it('makes the name the subject, an adverb before its verb kept', () => {
    expect(labels('In 2016, it was Mira Sand who first brought the case to court.')).toContain('Mira Sand first brought the case to court');
  });
  it('after a fronted clause of its own', () => {
    expect(labels('After the hosts scored early on Saturday, it was Teo Vance who levelled the match on Sunday with a header.')).toContain('Teo Vance levelled the match with a header');
  });
});

describe('a cleft on a date', () => {
  it('keeps the clause after "that" once the date is dropped', () => {
    expect(labels('It was only in 2012 that the ferry line turned a profit.')).toContain('The ferry line turned a profit');
  });
  it('with a date named without a preposition', () => {
    expect(labels('It was only last week that the council found the leak.')).toContain('The council found the leak');
  });
});
