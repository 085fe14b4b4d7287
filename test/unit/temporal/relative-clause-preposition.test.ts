import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// "after", "before", "until" before a determiner are prepositions of a noun phrase, and open no
// clause: a date in "the fault that kept the ferry in port after its March 2 collision will ..."
// is still the relative clause's, dated by its verb ("kept"), not by the main clause's future
// after it (tense.ts, the relative clause's scan). Sentences written for these tests; published
// Wednesday 2026-06-10.
const PUB = '2026-06-10';

describe('tagTimexes: a prepositional "after"/"before" inside a relative clause', () => {
  it.each([
    ['"after its March 2 collision" in a past relative before a future', 'The fault that kept the ferry in port after its March 2 collision will delay the summer timetable.', 'March 2', '2026-03-02'],
    ['"before the April 9 final" in a past relative before a future', 'The knee injury that troubled the striker before the April 9 final will keep him out of the tour.', 'April 9', '2026-04-09'],
  ])('%s', (_name, sentence, words, value) => {
    expect(tagged(sentence, PUB, words)?.value).toBe(value);
  });
});
