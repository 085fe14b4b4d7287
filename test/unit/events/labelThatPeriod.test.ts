// A "that" pointing back at a period told before ("that summer") goes with the period the label
// drops (label.ts, withoutDeterminer). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('"that" before a period word', () => {
  it('leaves with the period after a noun', () => {
    expect(labels('The club signed the goalkeeper that spring.', '2016-05-20')).toContain('The club signed the goalkeeper');
  });
});
