// A fact joined to something that is no firm projection gives nothing: a hedge, a denial, a
// forecast of a course, a joined verb after a quote's break. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('no joined projection', () => {
  it.each([
    'The harbour reopened to yachts and may host the regatta.',
    'The striker trained alone and will not play on the tour.',
    'Fuel prices climbed sharply and are expected to rise further.',
    'The mayor opened the fair and said the town was proud.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
