// A long label is cut where a phrase ends, never inside one (shorten.ts): a pair named after
// "between" or "both" keeps its "and"; an "and" before a verb opens a second predicate, after
// which the first stands whole; an adjective that takes "to" keeps it; a verb of role keeps its
// "as"; a relative clause may be cut off its noun with an adverb before its verb; a participle of
// place after a noun is no verb of the clause; an existential "There's" is one.
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/lib/events/shorten';

describe('cuts that leave pairs and phrases whole', () => {
  it.each([
    // (the pair's "and" stays; the cut comes before the second predicate's "and")
    ['The valley has been divided between Norway and Sweden and is patrolled by both border forces every summer', 'The valley has been divided between Norway and Sweden'],
    ['Eight cargo ferries between Lisbon and Tangier have been cancelled by the strike at the two harbours', 'Eight cargo ferries between Lisbon and Tangier have been cancelled'],
    ['The mayor will visit both Leeds and Bradford to open the new library branches on the ring road', 'The mayor will visit both Leeds and Bradford'],
    // (a relative clause whose "that" follows a pair may be cut off after it)
    ['Crews are building a bridge between the harbour and the town that has been planned for a decade or more', 'Crews are building a bridge between the harbour and the town'],
    // (an adjective that takes "to"; a relative clause with an adverb before its verb)
    ['A shell hit a depot adjacent to a primary school that once served as the barracks of the royal guard', 'A shell hit a depot adjacent to a primary school'],
    // (a verb of role keeps its "as")
    ['The goalkeeper Ana Lima was named as the captain of the national side for the autumn tour of Asia', 'The goalkeeper Ana Lima was named as the captain'],
    // ("There's" is a clause's subject and verb)
    ["There's live coverage of the cup semi-final between Hull and Wigan from the KC Stadium with three commentators", "There's live coverage of the cup semi-final between Hull and Wigan"],
  ])('%j', (label, cut) => {
    expect(shorten(label)).toBe(cut);
  });
});
