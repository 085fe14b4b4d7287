// What will include happenings holds them; a "soon" told without a hope is a step on its way.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('happenings held, a step on its way', () => {
  it.each([
    ['The festival will include concerts in three parks.', 'The festival will include concerts in three parks'],
    ['The council will soon reopen the lido.', 'The council will reopen the lido'],
  ])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
