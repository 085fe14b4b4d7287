// "will be without" that names no player: a state forecast. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').filter((e) => !e.when.start).map((e) => e.label);

describe('no line-up', () => {
  it.each([
    'Residents will be without power in Leeds.',
    'Thousands of homes will be without water for Christmas.',
    'The squad will be without a proper training ground.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
