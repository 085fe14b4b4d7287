// A force for a subject (a slump, a crisis, a war), a state expected, how a thing will look, an outlook
// with no future of its own, a part a thing will become, and what a fact will test, give or mark are
// forecasts and judgments, no act arranged. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('a force, a state, a look, a judgment', () => {
  it.each([
    'The slump in shipping will further squeeze the port towns.',
    'The unrest is expected to spread to the northern provinces.',
    'Turnout we expect to be modest, the organisers said.',
    'It will look to many as though the bank is bailing out its owners.',
    'Farmers are gloomy about the harvest outlook.',
    'The claim is expected to become part of the wider class action.',
    'The merger will test the patience of regulators.',
    'The deal will give them access to the northern pipeline.',
    'The election will mark a turning point for the coalition.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
