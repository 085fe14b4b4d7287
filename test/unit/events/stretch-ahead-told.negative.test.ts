// A stretch ahead told from a past moment of the story ("Over the coming days, more residents
// would leave") is no band from the day of writing. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const datedOf = (text: string, published: string) =>
  extract(text, { title: null, published, url: null, publisher: null }).events.filter((e) => e.when.start !== null).map((e) => e.when.text);

describe('no band from the day of writing', () => {
  it('a past narrative’s "would"', () => {
    expect(datedOf('The flood reached the town in 1998. Over the coming days, more residents would leave the valley.', '2025-03-20')).toEqual(['1998']);
  });
});
