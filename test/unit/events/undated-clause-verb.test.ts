// The verb a projection is told with, found past what stands before it: a verb of telling other
// than "said", a participle naming the subject between commas, a plan verb a tagger reads as a
// noun, a noun's own infinitive inside the subject, a floating "each". Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('the clause’s own verb points ahead', () => {
  it.each([
    ['The harbour master adds that the new pier will be opened to ferries.', 'The new pier will be opened to ferries'],
    ['The diocese has advised the parish that a requiem mass will be held in the cathedral.', 'The diocese has advised the parish'],
    ['A coalition of tenants, known as the Riverside Group, will petition the housing board.', 'A coalition of tenants will petition the housing board'],
    ['Acme plans to shut 40 warehouses.', 'Acme plans to shut 40 warehouses'],
    ['The brewer aims to export lager to Brazil with hops grown locally.', 'The brewer aims to export lager to Brazil with hops grown locally'],
    ['Proposals to reform the licensing board will be published, including a new appeals process.', 'Proposals to reform the licensing board will be published'],
    ['The two clubs will each stage three cup matches at the new ground.', 'The two clubs will each stage three cup matches'],
  ])('keeps "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
