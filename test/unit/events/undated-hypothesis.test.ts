// The plans that stay beside the rules of undated-hypothesis.negative: a plan's own proviso ("if all
// goes according to plan"), a trailing condition, a future before the question it studies, a plan
// that is no place in a series, a saying of the day of writing. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('plans kept', () => {
  it.each([
    ['If all goes according to plan, the ferry operator will launch two new routes.', 'The ferry operator will launch two new routes'],
    ['The ferry operator will take its case to the High Court if the appeal fails.', 'The ferry operator will take its case to the High Court'],
    ['The panel will study how the new levy changes fares.', 'The panel will study how the new levy changes fares'],
    ['The final is slated to be played at Hampden Park.', 'The final is slated to be played at Hampden Park'],
    ['The chief executive said the trust would open six rural clinics.', 'The trust would open six rural clinics'],
  ])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});

describe('acts beside the judgments', () => {
  it.each([
    ['The council will soon open a new depot.', 'The council will open a new depot'],
  ])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
