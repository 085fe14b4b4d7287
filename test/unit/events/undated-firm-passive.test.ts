// Firm futures the cue words miss: a passive with an adverb before its participle, a modal parted
// from its passive by an aside, a rule applied to every one of a kind, and a plan whose "possible"
// is a set phrase of how soon or how far. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('a firm projection', () => {
  it.each([
    ['The toll on the old bridge will be gradually phased out.', 'The toll on the old bridge will be gradually phased out'],
    ['The panel will, however, be shown the missing invoices.', 'The panel will, however, be shown the missing invoices'],
    ['Every imported parcel will now be scanned by customs officers.', 'Every imported parcel will now be scanned by customs officers'],
    ['The mayor said she plans to reopen the library as soon as possible.', 'The mayor said she plans to reopen the library'],
    ['The board said the staff will move back to fixed desks where possible.', 'The staff will move back to fixed desks where possible'],
    ['The league said it would begin the search for a new referee as soon possible.', 'The league would begin the search for a new referee'],
  ])('keeps "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
