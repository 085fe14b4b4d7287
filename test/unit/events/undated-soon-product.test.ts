// What a product or a service will do, told with "soon", is a change on its way; a meeting with someone
// named, reported with "would", is an act. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('a coming change, a reported meeting', () => {
  it.each([
    ['The cable firm will soon offer film rental options and a three-screen option.', 'The cable firm will offer film rental options and a three-screen option'],
    ['The envoy said he would meet Foreign Secretary Ann Dale.', 'The envoy said he would meet Foreign Secretary Ann Dale'],
    ['The envoy said he would meet with union leaders.', 'The envoy said he would meet with union leaders'],
  ])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
