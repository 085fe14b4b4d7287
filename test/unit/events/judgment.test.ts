// The other side of judgment.negative.test.ts: an empty "it" that makes a fact known keeps
// the fact, labelled by what follows "that".
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], PUBLISHED).map((e) => e.label);

describe('an empty "it" that makes a fact known keeps the fact', () => {
  it('reads what was announced', () => {
    expect(labelsOf('It was announced on Monday that the harbour master had resigned.', 'on Monday', '2024-05-13')).toEqual(['The harbour master had resigned']);
  });
  it('reads what has emerged', () => {
    expect(labelsOf('It has emerged that the port authority knew of the cracks in March.', 'in March', '2024-03')).toEqual(['The port authority knew of the cracks']);
  });
  it('reads what is clear', () => {
    expect(labelsOf('It is clear that the pier failed on Sunday.', 'on Sunday', '2024-05-12')).toEqual(['The pier failed']);
  });
});
