// A day gone that dates a saying before the future ("said last week it would"), a future inside a
// relative clause or inside the subject of a saying, a past's "would", and a day ahead elsewhere in
// the sentence (a show "in 2025" told to come, "scheduled for June 3") give no undated expectation
// beside the dated event. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('no undated expectation beside these days', () => {
  it.each([
    'In March, the airline announced that it would open a route to Lima.',
    'The regulator said on Monday it will require banks to hold more capital.',
    'In April, the mayor unveiled a fund that will pay landlords to insulate homes.',
    'The hearing, set for June 3, is expected to review the ruling handed down in Paris last month.',
    'The chairman had been expected back on Monday but has not returned.',
    'Those hoping the coach will stay past the summer include the captain, who spoke to him on Sunday.',
    'A woman the paper will name only as Dina said in an interview that soldiers took her son on Friday.',
    'The president flew to the coast on Monday. The next day, he will meet the governors of the flooded states.',
    'The carmaker plans to unveil a hybrid van at the 2025 motor show in Geneva, its spokesman said on Monday.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
