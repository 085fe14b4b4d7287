import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A change in a figure is measured once it has happened: the modal after the phrase that names it
// is its consequence's and says nothing of the month. Sentences written for these tests;
// published Friday 5 June 2026.
const values = (text: string) => tagTimexes(text, '2026-06-05').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a figure\'s change in a month, subject of a modal, is the latest month', () => {
  it('"the jump in May should reassure the markets"', () => {
    expect(values('An economist said the hiring jump in May should reassure the markets.')).toEqual(['May|2026-05']);
  });
  it('"the slump in exports in April will weigh on output": the nearest April gone', () => {
    expect(values('The slump in exports in April will weigh on output.')).toEqual(['April|2026-04']);
  });
});
