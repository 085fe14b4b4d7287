// A date before the denied want, and a limit ahead of a duty, keep their days. Sentences written
// for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2023-06-12';
const datesOf = dateWordsWith(PUBLISHED);

describe('dates outside a denied want keep their days', () => {
  it('keeps a day told before the denial', () => {
    const text = 'After the flood on Sunday, the council did not want to take chances.';
    expect(datesOf(text, [['Sunday', '2023-06-11']])).toEqual(['Sunday']);
  });
  it('keeps the limit a duty falls due at', () => {
    const text = 'Tenants do not have to pay the new rent until September.';
    expect(datesOf(text, [['September', '2023-09']])).toEqual(['September']);
  });
});
