// A standing foretold, what a thing will be made of, and a truth put on the long run are no
// undated expectations: nothing is arranged to happen. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('a standing foretold is no plan', () => {
  it.each([
    'Norway is expected to take on a bigger peacekeeping role as chair of the northern council.',
    'Wealthy nations are expected to take the lead in funding coastal defences.',
    'The regional bank will play a more active part in farm lending.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe('what a thing will be made of is no plan', () => {
  it.each([
    'A full survey of every market stall will form the evidence base for the new licensing scheme.',
    'The interviews will form part of the inspectors\u2019 final assessment.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe('a truth put on the long run is no plan', () => {
  it.each([
    'Honest bookkeeping will pay off in the long run, even when it costs more.',
    'Sooner or later the hidden costs will surface in the accounts.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
