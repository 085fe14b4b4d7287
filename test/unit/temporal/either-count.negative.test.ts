import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Counted ranges with two stated bounds keep a timex for each; a date counted back keeps its own
// reading. Sentences written for these tests.
const tagged = (text: string) => tagTimexes(text, '1992-05-20').map((t) => `${t.text}|${t.type}|${t.value}`);

describe('tagTimexes: one duration of either count, negative cases', () => {
  it('"three to five years" is two bounds', () => {
    expect(tagged('The notes mature in three to five years.')).toEqual(['three|DURATION|P3Y', 'five years|DURATION|P5Y']);
  });

  it('"two or three years ago" is a date counted back', () => {
    expect(tagged('The plant was sold two or three years ago.')).toContain('three years ago|DATE|1989');
  });
});
