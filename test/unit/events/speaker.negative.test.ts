import { describe, expect, it } from 'vitest';
import { quoteSpeaker } from '../../../src/lib/events/speaker';
import { withNamedActor } from '../../../src/lib/events/pronoun';
import { analysisOf } from '../../../src/lib/analysis';

describe('quoteSpeaker finds no speaker', () => {
  it.each([
    ['I moved to the coast in 2019 and never looked back.', 'I moved'],
    ['“The vote is tomorrow,” Greta Lund said. I asked her about it on Friday.', 'I asked'],
    ['It says, “I cannot thank them enough for the gift on Sunday.”', 'I cannot'],
    ['“I will stay until March,” the club said.', 'I will'],
  ])('outside a quote, or when the speaker is a thing or unnamed: %j', (text, words) => {
    expect(quoteSpeaker(text, text.indexOf(words))).toBeNull();
  });

  it('a date word before the verb is never taken for a name', () => {
    const text = 'She posted it on Sunday. It says, “I had lunch with old colleagues yesterday.”';
    expect(quoteSpeaker(text, text.indexOf('I had'))).toBeNull();
  });

  it('a first-person label outside a quote names no speaker, only the writer', () => {
    const text = 'I drove to the border on Monday.';
    expect(withNamedActor(text, 'I drove to the border', () => null, 0)).toBe('The writer drove to the border');
  });
  it('a first-person label inside a quote without a named speaker stays as written', () => {
    const text = '“I drove to the border on Monday.”';
    expect(withNamedActor(text, 'I drove to the border', () => null, 0)).toBe('I drove to the border');
  });
});

describe('withNamedActor leaves he or she when no person opens the sentence before', () => {
  it('a place in apposition names no one', () => {
    const text = 'Lagos, the largest city, will host the games. He will open them in June.';
    const a = analysisOf(text);
    expect(withNamedActor(text, 'He will open them', () => a.wordsOf(a.sentences[0]), text.indexOf('He will'))).toBe('He will open them');
  });
});
