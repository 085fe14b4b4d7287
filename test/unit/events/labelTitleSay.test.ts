// A programme's or a campaign's title may end on a capitalised "Say" ("Have Your Say"); it is
// the subject, not a speaker and a saying verb to strip (label.ts, LEADING_SPEECH).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a title ending on a capitalised "Say"', () => {
  it('stays the subject of its clause', () => {
    const text = 'And Tell Us Your Say was broadcast from the steps of the town hall in Leeds on Sunday.';
    expect(labels(text).some((l) => l.startsWith('Tell Us Your Say was broadcast'))).toBe(true);
  });
});
