import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A quotation of more than a few words is a clause of its own. Sentences written for these tests;
// published Wednesday 11 March 2026.
const values = (text: string) => tagTimexes(text, '2026-03-11').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a short quoted phrase, negative cases', () => {
  it('a long quotation between "will" and the day still ends the clause', () => {
    expect(values('Crews will stay, "because the whole valley is still at risk from the river," after the levee broke on Sunday.')).toEqual(['Sunday|2026-03-08']);
  });
});
