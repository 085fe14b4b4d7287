import { describe, expect, it } from 'vitest';
import { withNamedActor } from '../../../src/lib/events/pronoun';
import { namedAfterSentences } from './helpers';

const named = namedAfterSentences;

describe('a pronoun is not given a name the sentences before do not support', () => {
  it('does not go back past a sentence that does not go on with "he"', () => {
    const text = 'Tomas Berg opened the hearing. The committee then adjourned for lunch. He will return on Monday.';
    expect(named(text, 'He will return')).toBe('He will return');
  });

  it('further back, a lone proper name that is no person does not stand for "he"', () => {
    const text = 'The floods reached Germany on Tuesday. Later, he drove along the coast road. On Sunday, he will tour the harbour.';
    expect(named(text, 'He will tour the harbour')).toBe('He will tour the harbour');
  });

  it('a plural common noun opening the sentence before, written in lower case elsewhere, is no "it"', () => {
    const text = 'Traders sold shares of the mill.\n\nShares went lower on the report. It closed the plant in Tampere on Friday.';
    expect(named(text, 'It closed the plant in Tampere')).toBe('It closed the plant in Tampere');
  });

  it('a pronoun in the sentence before is never the name', () => {
    const text = 'He said, ‘You have a story.’ It had been kept in a tin box in the attic.';
    expect(named(text, 'It had been kept in a tin box')).toBe('It had been kept in a tin box');
  });

  it('a saying verb in the sentence before does not make a copula "it" a speaker', () => {
    const text = '“We will rebuild the pier,” the mayor said. It was a grey morning in the port.';
    expect(named(text, 'It was a grey morning in the port')).toBe('It was a grey morning in the port');
  });
});

describe('a demonstrative before a verb stays', () => {
  it.each(['This amounts to $40 for every voter', 'This is a hard winter for farmers', 'That means higher fares'])('%j', (label) => {
    expect(withNamedActor('', label, () => null)).toBe(label);
  });
});

describe('an "I" inside a quote is not the writer', () => {
  it('leaves a quoted "I" whose speaker is not named', () => {
    const text = 'She smiled. “I sold the boat in June,” was all she would say.';
    expect(withNamedActor(text, 'I sold the boat', () => null, text.indexOf('“I'))).not.toMatch(/^The writer/);
  });
});

describe('"those who" is no demonstrative before a noun', () => {
  it('leaves "Those who know her believe ..."', () => {
    expect(withNamedActor('', 'Those who know her believe she will run', () => null)).toBe('Those who know her believe she will run');
  });
});

describe('"those" before a participle is no demonstrative before a noun', () => {
  it.each(['Those hoping for a new pier include the harbour master', 'Those stranded by the strike will be refunded', 'Those left without power were moved to the school hall', 'Those hurt in the pile-up were taken to hospital'])('%j', (label) => {
    expect(withNamedActor('', label, () => null)).toBe(label);
  });
});

describe('who a pronoun cannot stand for', () => {
  it('"they" is not one person named before', () => {
    const text = 'Governor Ruth Okafor met the fishermen in Biloxi. They will be paid for the lost season.';
    expect(named(text, 'They will be paid for the lost season')).toBe('They will be paid for the lost season');
  });
  it('"he" is not a body such as Congress', () => {
    const text = 'On Monday, he will be in Washington to face Congress. Before the spill, he had planned a speech.';
    expect(named(text, 'He had planned a speech')).toBe('He had planned a speech');
  });
});

describe('a capitalised common noun opening a sentence is no name for a "he"', () => {
  it('keeps "He" after "Wardens closed ...", where the article also writes "wardens"', () => {
    const text = 'Several wardens were on duty that night. Wardens closed the east gate in 1998. He also sold the dredger in 2001.';
    expect(namedAfterSentences(text, 'He also sold the dredger')).toBe('He also sold the dredger');
  });
});

describe('a quote run on from "she said:" with no one introduced before it', () => {
  it('leaves the quote’s "I" when the sentence before the attribution names no person', () => {
    const text = 'The water was cold and the course was long.\n\nShe said: "I have always liked cold water. But it hurt.\n\n"I first went to the clinic after the race."';
    expect(named(text, 'I first went to the clinic')).toBe('I first went to the clinic');
  });
});

describe('a word of time after a name and comma that opens no apposition', () => {
  it('does not take a surname followed by ", now that" for the one a "he" stands for', () => {
    const text = 'Okafor, now that the vote is over, the party will choose a leader. He said so on Monday.';
    expect(namedAfterSentences(text, 'He said so')).toBe('He said so');
  });
});

describe('a demonstrative before a name that runs into its verb', () => {
  it.each(['This Late Hour aired on Channel 4', 'This Harbour Lights includes a fireworks show'])('%j', (label) => {
    expect(withNamedActor('', label, () => null)).toBe(label);
  });
});
