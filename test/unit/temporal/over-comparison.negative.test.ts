import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// With no figure before it, "over a year ago" is more than a year ago. Sentences written for these tests.
const tagged = (text: string) => tagTimexes(text, '1992-05-20').map((t) => `${t.text}|${t.value}|${t.mod ?? ''}`);

describe('tagTimexes: "over" setting a figure against a date, negative cases', () => {
  it('"closed over a year ago" keeps "over" as more than', () => {
    expect(tagged('The plant closed over a year ago.')).toEqual(['over a year ago|1991|BEFORE']);
  });
});
