// What the consequence label must leave alone (relativeOnNoun.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('a date before the sentential "which"', () => {
  it('keeps the main clause’s label', () => {
    expect(labelsOf('The mill closed on Monday, which is why prices rose.', 'on Monday', '2024-05-13').join()).toMatch(/^The mill closed/);
  });
});

describe('a "which" said of a noun', () => {
  it('stays a fact about the noun when no "why" or "means" follows', () => {
    expect(labelsOf('Tolls rose on the Arn bridge, which is due to reopen on Friday.', 'Friday', '2024-05-17')).toEqual(['The Arn bridge is due to reopen']);
  });
});

describe('"This is how" before no clause', () => {
  it('keeps a question word that opens no clause', () => {
    expect(labelsOf('This is how to vote in the May election.', 'May', '2024-05').join()).not.toMatch(/^To vote/);
  });
});
