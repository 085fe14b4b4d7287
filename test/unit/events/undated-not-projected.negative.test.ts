// Futures that project nothing a reader would draw: a plan word on a kind of people, what everyone
// expects of someone, a trend, a likeness, a "too soon". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('a kind, a character, a trend, a likeness, a judgment of time', () => {
  it.each([
    'From first-time founders to those preparing to sell, the bankers were quoting the same survey.',
    'It was exactly the swagger everyone expects from Delmar.',
    'Burglars are expected to increasingly target garden sheds.',
    'Electric bikes will soon become as common as buses in the city centre.',
    'A Gifted Painter Left Us Too Soon',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
