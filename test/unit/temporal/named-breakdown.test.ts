import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A breakdown named by its date ("the weekend breakdown of pay talks") is told once it has
// happened, as a collapse is, whatever the clause goes on to plan. Sentences written for these
// tests; published Wednesday 11 March 2026.
const values = (text: string) => tagTimexes(text, '2026-03-11').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a breakdown named by its date has happened', () => {
  it('"will call a strike after the weekend breakdown of pay talks"', () => {
    expect(values('The union will call a strike after the weekend breakdown of pay talks.')).toEqual(['the weekend|2026-W10-WE']);
  });
});
