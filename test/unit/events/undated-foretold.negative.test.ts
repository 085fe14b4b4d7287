// What is foretold rather than arranged: how long a thing will take, however the length is put; a
// happening's effects; a goal told "for" someone; what one expects to see; a state put on an "it"; a man
// named Will; feelings a fact will stir; a turning point judged. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('a forecast, a judgment', () => {
  it.each([
    'It will take as long as two years to restore the orchard, the grower said.',
    'The effects of the drought will reach well beyond the valley.',
    'The aim is for the ferries to sail again.',
    'Prices are climbing, and traders expect to see more of that.',
    'It will be back to square one for the negotiators.',
    '(Reporting by Ana Ruiz and Will Hatton) Readers may send corrections to the desk.',
    'The leaked memo will embarrass the ministry.',
    'The vote will mark a turning point for the island.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
