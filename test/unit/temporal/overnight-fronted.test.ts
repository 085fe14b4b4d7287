import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "Overnight" opening its sentence before the clause's subject, with no comma ("Overnight the
// coastguard gave an update", read on t17/fresh2), is the adverb: the night before the story's
// day in a past report. Sentences written for these tests; published 2016-02-03.
const all = (text: string) => tagTimexes(text, '2016-02-03').map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: a fronted "Overnight" without a comma', () => {
  it('"Overnight the river rose" is the night before', () => {
    expect(all('Overnight the river rose above the quay.')).toEqual([['Overnight', 'TIME', '2016-02-02TNI']]);
  });

  it('after another sentence, "Overnight police sealed" is the night before', () => {
    expect(all('The square was quiet. Overnight police sealed the station.')).toEqual([['Overnight', 'TIME', '2016-02-02TNI']]);
  });
});
