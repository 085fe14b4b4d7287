// A long label is cut after its verb's phrase even when the verb is one the cutting patterns do
// not know ("used", many irregular pasts): the article's own reading of the clause tags it, and
// that reading is what the cut consults (label.ts, longLabel.ts taggedVerbs, shorten.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('a verb known only to the article’s tagging', () => {
  it('lets the label be cut where a phrase ends, not between words', () => {
    expect(labelsOf('The navy used its big new long-range Vortan patrol boat during a night raid on the harbour on Sunday that sank two ferries.', 'on Sunday', '2024-05-12')).toEqual(['The navy used its big new long-range Vortan patrol boat']);
  });
});
