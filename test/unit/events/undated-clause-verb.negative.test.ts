// What stands before the clause's verb does not make a projection of it: an infinitive after a
// preposition opens a phrase, a participle that is the clause's own verb is a past, and how much
// longer a thing will take is a forecast. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('no projection', () => {
  it.each([
    'Without enough volunteers to help out, it will take even longer for the dunes to be replanted.',
    'The orchard, planted in the thirties, produced a record crop.',
    'The ferry operator, hit by the strike, cancelled its crossings.',
    'The council noted that the old pier was closed to ferries.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe('a target is no plan', () => {
  it.each([
    'The brewer aims to cut its water use by a third.',
    'The province plans to lower hospital waiting times by 25 per cent.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
