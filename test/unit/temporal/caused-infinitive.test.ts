import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "prompted Egyptian President Hosni Mubarak to say Tuesday he would not run": the infinitive of
// a cause reported done is an act that happened, on the day before publication's side; the
// "would" of what was said is the speech's (read on t17/fresh1's Yemen story). Sentences written
// for these tests; published Thursday 1994-03-17.
const valueOf = (text: string, words: string) => tagTimexes(text, '1994-03-17').find((t) => t.text === words)?.value;

describe('tagTimexes: the day of an infinitive a past cause set off', () => {
  it('"pushed the minister to announce Monday he would resign" is the Monday gone', () => {
    expect(valueOf('The scandal pushed the transport minister to announce Monday he would resign at the end of the session.', 'Monday')).toBe('1994-03-14');
  });

  it('"forced the mill to shut Tuesday" is the Tuesday gone', () => {
    expect(valueOf('A power cut forced the paper mill to shut Tuesday.', 'Tuesday')).toBe('1994-03-15');
  });

  it('"led the club\'s chairman to concede on Wednesday that" is yesterday', () => {
    expect(valueOf("The defeat led the club's chairman to concede on Wednesday that the coach would stay.", 'Wednesday')).toBe('1994-03-16');
  });
});
