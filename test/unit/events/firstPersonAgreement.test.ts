// A first person put into the third ("I" -> the speaker's name or "The writer", "we" -> the body
// that speaks) takes a verb that agrees with it, whatever the verb (firstPerson.ts, agreed).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-06-02') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a plain present after a first person agrees with the name', () => {
  it('gives a speaker’s verb its -s', () => {
    expect(labels('“I applaud the harbour board’s decision today,” said Mara Quist.')).toContain('Mara Quist applauds the harbour board’s decision');
  });

  it('gives the writer’s verb its -es', () => {
    const text = 'The storm has passed.\nI echo the warnings of the coastguard earlier today that the cliffs remain unsafe for walkers.';
    expect(labels(text)).toContain('The writer echoes the warnings of the coastguard');
  });

  it('reads the verb as the sentence wrote it, after "I"', () => {
    const text = 'Over the past two months, I interview nurses in Leeds; on Monday I visit a clinic in Hull.';
    expect(labels(text)).toEqual(['The writer interviews nurses in Leeds', 'The writer visits a clinic in Hull']);
  });

  it('ends a verb in a consonant and "o" in -es', () => {
    expect(labels('“I go to the island on Thursday,” Tomas Ek said.')).toContain('Tomas Ek goes to the island');
  });
});
