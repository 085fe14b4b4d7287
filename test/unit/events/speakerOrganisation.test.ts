// A quoted "we" is the organisation its speaker speaks for, and a quote broken over paragraphs
// (a page or a corpus that puts each sentence on a line of its own) keeps its speaker
// (speaker.ts, firstPerson.ts).
import { describe, expect, it } from 'vitest';
import { lastNamedSpeaker, quoteSpeaker, speakerOrganisation } from '../../../src/lib/events/speaker';
import { withNamedActor } from '../../../src/lib/events/pronoun';

const at = (text: string, words: string) => text.indexOf(words);

describe('speakerOrganisation', () => {
  it.each([
    ['“We will reopen the bridge by spring,” Caltrans spokeswoman Mia Cole said.', 'We will', 'Mia Cole', 'Caltrans'],
    ['“We expect a full recovery,” Ford Chief Financial Officer Raj Patel said.', 'We expect', 'Raj Patel', 'Ford'],
    ['“We have paid every claim,” said Tom Berg, a spokesman for the insurer Allied Mutual.', 'We have', 'Tom Berg', 'Allied Mutual'],
    ['“We regret the delay,” said Lin Wu, the head of the Red Cross.', 'We regret', 'Lin Wu', 'Red Cross'],
  ])('in %j the "we" at %j, spoken by %j, is %j', (text, words, name, organisation) => {
    expect(quoteSpeaker(text, at(text, words))).toBe(name);
    expect(speakerOrganisation(text, at(text, words), name)).toBe(organisation);
  });

  it('a quoted "we" is labelled with the organisation, its verb agreeing', () => {
    const text = '“We have flown 300 relief missions,” UNICEF spokesman Abel Ito said on Monday.';
    expect(withNamedActor(text, 'We have flown 300 relief missions', () => null, 0)).toBe('UNICEF has flown 300 relief missions');
  });

  it('"do" and "don’t" agree with the speaker too', () => {
    const text = '“I don’t have a single boat working,” said Ray Dunn, a fisherman.';
    expect(withNamedActor(text, 'I don’t have a single boat working', () => null, 0)).toBe('Ray Dunn doesn’t have a single boat working');
  });
});

describe('a quote broken over paragraphs', () => {
  it('is spoken, after its opening paragraph, by the one who opened it', () => {
    const text = 'Asked about the delays, port spokeswoman Ada Lind said: "The record is clear.\nThe pace has not slowed.\nWe have moved 900 containers this week."';
    expect(quoteSpeaker(text, at(text, 'We have moved'))).toBe('Ada Lind');
  });

  it('is spoken by the one named where it closes, when its opening paragraph names no one', () => {
    const text = 'The convoy waited at the border.\n"We ran out of fuel on the way.\nThe road is closed, we are turning back," Ivo Marek said.';
    expect(quoteSpeaker(text, at(text, 'We ran'))).toBe('Ivo Marek');
  });

  it('is spoken by the one named where it closes, each of its paragraphs opening on a quote mark', () => {
    const text = '“We ran out of fuel on the way.\n\n“The road is closed, so we are turning back,” Ivo Marek said.';
    expect(quoteSpeaker(text, at(text, 'We ran'))).toBe('Ivo Marek');
  });

  it('goes on, as "he added", with the speaker its first paragraph named', () => {
    const text = '"The tide is turning," said Ali Rahman, a teacher.\n"Some soldiers refuse to fire.\nIt is early, but we expect more of that," he added.';
    expect(lastNamedSpeaker(text, at(text, 'It is early'))).toBe('Ali Rahman');
  });
});
