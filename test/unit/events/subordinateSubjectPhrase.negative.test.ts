// A preposition that opens the words after a conjunction, or ends them, makes no subject: the
// main clause keeps the date (subordinate.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('no subject of its own', () => {
  it('keeps the main clause for "since in March"', () => {
    expect(labelsOf('Rail fares have risen since in March the operator raised them.', 'March', '2024-03')).toEqual(['Rail fares have risen since the operator raised them']);
  });
});
