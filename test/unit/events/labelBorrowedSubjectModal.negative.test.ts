// A verb in -ed after a name still ends the borrowed subject (subject.ts, SUBJECT). Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-15') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a past verb in -ed after the subject', () => {
  it('ends the subject as before', () => {
    expect(labels('The ferry firm opened a route to Tiree in March and added a second boat in April.')).toContain('The ferry firm added a second boat');
  });
  it('a pronoun and a negated auxiliary are no part of the subject', () => {
    expect(labels('Asked on Monday why she did not pay for the flights, Ms Quinn said: “I certainly don’t think we should ask the taxpayer for it.”')).toContain('Quinn was asked why she did not pay for the flights');
  });
});
