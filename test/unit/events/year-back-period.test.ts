// What the year-back period rule must leave dated (notEvents.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => e.when.text);

describe('a year back with no period noun may date a happening', () => {
  it('keeps "A year earlier, the brewer had closed two plants"', () => {
    expect(datesOf('A year earlier, the brewer had closed two plants.', [['A year earlier', '2023']])).toEqual(['A year earlier']);
  });
});
