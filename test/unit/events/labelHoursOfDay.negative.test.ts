// Hours that are no part of a dropped date stay in the label (label.ts, withoutSpans). Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-18') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('hours the date does not take', () => {
  it('a count of hours that stands apart from the date stays', () => {
    expect(labels('Rescuers searched the early hours of the shift on Thursday without rest.')).toContain('Rescuers searched the early hours of the shift without rest');
  });
});
