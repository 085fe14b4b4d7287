// What a described speaker must not name: a "we" with no organisation beside the office, a
// nationality taken for one, a quote attributed to no office.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('no organisation for the "we"', () => {
  it('leaves a coach’s "we"', () => {
    expect(labelsOf('“We lost our way on Sunday,” the coach said.', 'on Sunday', '2024-05-12')).toEqual(['We lost our way']);
  });
  it('takes no nationality for an organisation', () => {
    expect(labelsOf('“We will respond in June,” a Libyan spokesman said.', 'in June', '2024-06')[0]).not.toMatch(/^Libyan/);
  });
  it('leaves an "I" whose quote names no one after it', () => {
    expect(labelsOf('“I will be back on Friday,” said the note on the door.', 'on Friday', '2024-05-17')[0]).not.toMatch(/^The note/);
  });
});
