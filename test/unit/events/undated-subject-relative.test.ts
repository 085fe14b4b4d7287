// Plans the undated path now reads through: a relative clause on the subject with verbs of its own
// ("A woman who barely spoke Welsh when she arrived ... is set to replace ..."), a purpose whose "to
// continue" says what the act is for, an intention stated for a case ("if ..., X intends to sue"),
// people named by their kin ("Members of the family are to ..."), a step after a step ("When it is
// hauled ashore, the wreck will ..."). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('plans behind a subject relative, a purpose, a proviso', () => {
  it.each([
    ["The chef who trained in Lyon under two masters before he moved to Bristol is set to open a second restaurant in Bath.", 1],
    ['The charity intends to use the new grant to continue to fund night shelters in the north.', 1],
    ['If the small pump fails, council engineers say they will go back to the old sluice.', 1],
    ['Members of the late poet’s family are to team up with a theatre company for a touring tribute.', 1],
    ['When it is hauled ashore, the wreck will undergo a full forensic examination.', 1],
  ] as const)('draws one undated event for "%s"', (s, n) => expect(undated(s)).toHaveLength(n));

  it('keeps the act in the label of a purpose', () => {
    expect(undated('The charity intends to use the new grant to continue to fund night shelters in the north.')[0]).toMatch(/^The charity intends to use the new grant/);
  });
});
