import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A span's end day written in figures keeps it. Sentences written for these tests; published 11
// March 2026.
const values = (text: string) => tagTimexes(text, '2026-03-11').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a capitalised ordinal after a dash, negative cases', () => {
  it('"May 1 - 3" keeps both ends', () => {
    expect(values('The fair runs May 1 - 3 in the old market hall.').length).toBe(2);
  });
});
