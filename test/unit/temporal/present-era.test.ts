import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "today" in a clause that states how things are, set against other times ("still", "once
// again", "different", "there is"), in a story that dates nothing else by the day near
// publication, is the present era (PRESENT_REF), as the TimeML guidelines value "nowadays";
// in a report of the day's events it stays the publication day (issue 16, found reading essays
// and features of the fourth timeml-news split). Sentences are written for these tests.
const WED = '2024-10-16';

const valueOf = (text: string, words: string) => tagTimexes(text, WED).find((t) => t.text === words)?.value;

describe('tagTimexes: today as the present era', () => {
  it.each([
    ["a state with 'still'", 'Most farms in the valley still draw water by hand today.'],
    ["'is' after it, set against the past", 'The skyline of the old port today is very different.'],
    ["'is' before it, with 'once again'", 'The market for vinyl records is today once again dominated by collectors.'],
    ["an existential 'there is'", 'There is a cheaper version of almost every gadget today.'],
    ['another era named beside it', 'We do not today think of the 1920s as an age of plenty.'],
  ])('%s is PRESENT_REF in an essay', (_name, sentence) => {
    expect(valueOf(sentence, sentence.includes('Today') ? 'Today' : 'today')).toBe('PRESENT_REF');
  });

  it('stays the publication day in a story that dates another act by the weekday', () => {
    const story = 'The mayor met the striking drivers on Monday. The dispute is still unresolved today.';
    expect(valueOf(story, 'today')).toBe(WED);
    expect(valueOf(story, 'Monday')).toBe('2024-10-14');
  });

  it("stays the publication day in a story that says 'yesterday'", () => {
    expect(valueOf('The pier closed yesterday. Its owners still remain silent today.', 'today')).toBe(WED);
  });
});
