import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// With no date before it in its sentence, "at that time" takes back an event and is not tagged.
// Sentences written for these tests; published 2013-11-22.
const texts = (text: string) => tagTimexes(text, '2013-11-22').map((t) => t.text);

describe('tagTimexes: "at that time" after a date in its sentence, negative cases', () => {
  it('"was not at home at that time" is not tagged', () => {
    expect(texts('The suspect told police he was not at home at that time.')).toEqual([]);
  });
});
