// What must NOT be labelled by a conjunction's clause: the main clause keeps a date that is its
// own, a saying's date, a noun's phrase, an idiom (subordinate.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], PUBLISHED).map((e) => e.label);

describe('the main clause keeps its date', () => {
  it('keeps a fronted "after" clause’s date on the past happening it times', () => {
    expect(labelsOf('After the storm passed on Monday, crews restored power to the valley.', 'Monday', '2024-05-13')).toEqual(['Crews restored power to the valley']);
  });
  it('keeps a date that stands before the conjunction', () => {
    expect(labelsOf('The council closed the pool on Monday after inspectors found cracks.', 'Monday', '2024-05-13')[0]).toMatch(/^The council closed the pool/);
  });
  it('does not label a saying in the clause ("after the bank said on Tuesday")', () => {
    expect(labelsOf('Shares of the lender fell after the bank said on Tuesday that losses would grow.', 'Tuesday', '2024-05-14')).not.toContain('The bank said');
  });
  it('does not read "before" inside a noun’s phrase as a clause', () => {
    expect(labelsOf('Operating profit before tax dropped 12 percent in 2023.', '2023', '2023')).toEqual(['Operating profit before tax dropped 12 percent']);
  });
  it('does not read "when it came to" as a clause', () => {
    expect(labelsOf('The agency was closely involved when it came to the May 2 release of the report.', 'May 2', '2024-05-02')[0]).not.toMatch(/^The agency came/);
  });
  it('does not take a headline run into its lead for a subject', () => {
    expect(labelsOf('Fans marked a year since the actor’s death Film star Leo Marsh’s brother has filed a lawsuit against the clinic a year ago.', 'a year ago', '2023')[0]).not.toMatch(/^The actor/);
  });
});

describe('a date far inside the clause', () => {
  it('does not label a "when" clause whose date hangs on a noun some twenty words past its verb', () => {
    const text = 'The mayor won national praise when she was the county’s sheriff for speaking out against the sale of the old harbour land to developers on the coast in the aftermath of the 2016 floods.';
    expect(labelsOf(text, '2016', '2016')[0] ?? '').not.toMatch(/^The mayor was the county’s sheriff/);
  });
});

describe('a pronoun that stands for no one in the sentence', () => {
  it('goes back to the sentences before when the pronoun’s object form precedes it', () => {
    const text = 'Dana Whitfield sued the network. The anchor praised her work after she joined the newsroom in 2011.';
    expect(labelsOf(text, '2011', '2011')).toEqual(['Dana Whitfield joined the newsroom']);
  });
  it('does not name an "it" by a person', () => {
    expect(labelsOf('Senator Vale stood by the bill until it collapsed in April.', 'April', '2024-04')).toEqual(['The bill collapsed']);
  });
});
