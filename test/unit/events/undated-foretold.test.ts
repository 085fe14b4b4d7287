// An act on an "it", a naming, a firm "will" beside a man named Will, and a plan told with a goal stay.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('an act arranged', () => {
  it.each([
    ['It will be renamed the Harbour Arts Centre.', 'It will be renamed the Harbour Arts Centre'],
    ['Will Hatton will chair the new inquiry into the collapse.', 'Will Hatton will chair the new inquiry into the collapse'],
    ['The county council will shut the old landfill site.', 'The county council will shut the old landfill site'],
  ])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
