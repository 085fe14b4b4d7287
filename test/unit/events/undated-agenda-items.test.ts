// A meeting's agenda told by the participle on its items. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').filter((e) => !e.when.start);

describe('items on an agenda', () => {
  it.each([
    'Fees and quotas are among the topics due to be raised at the summit.',
    'Other issues expected to be discussed include the harbour levy.',
  ])('draws "%s"', (s) => expect(undated(s).length).toBe(1));
});
