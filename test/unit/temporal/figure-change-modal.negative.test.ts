import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A modal whose own clause holds the month, or a month after a noun of no figure, keeps the
// modal's side. Sentences written for these tests; published Friday 5 June 2026.
const values = (text: string) => tagTimexes(text, '2026-06-05').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: months before a modal, negative cases', () => {
  it('"hiring should jump in May": the modal\'s own month, ahead', () => {
    expect(values('Economists said hiring should jump in May.')).toEqual(['May|2027-05']);
  });
  it('"the elections in May will decide the cabinet": no figure\'s change', () => {
    expect(values('The elections in May will decide the cabinet.')).toEqual(['May|2027-05']);
  });
});
