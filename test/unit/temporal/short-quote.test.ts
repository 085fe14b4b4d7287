import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// The marks of a short quoted phrase ("a farewell evening") end no clause: the verb before them
// still governs the date after them. Sentences written for these tests; published Wednesday 11
// March 2026.
const values = (text: string) => tagTimexes(text, '2026-03-11').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a short quoted phrase is no clause boundary', () => {
  it('"is due to sing ... for \\"a farewell evening\\" as part of Saturday\'s festival"', () => {
    expect(values('The choir, along with two soloists, is due to sing in the square for "a farewell evening" as part of Saturday\'s festival.')).toEqual(['Saturday|2026-03-14']);
  });
});
