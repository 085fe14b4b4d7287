// A lower-case "say" after its speaker is still an attribution the label leaves out (label.ts,
// LEADING_SPEECH).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a speaker and a lower-case "say"', () => {
  it('goes, leaving what was said', () => {
    const text = 'Council officials say the ring road will reopen to traffic on Friday.';
    expect(labels(text)).toContain('The ring road will reopen to traffic');
  });
});
