import { describe, expect, it } from 'vitest';
import { quoteSpeaker } from '../../../src/lib/events/speaker';
import { withNamedActor } from '../../../src/lib/events/pronoun';
import { analysisOf } from '../../../src/lib/analysis';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const at = (text: string, words: string) => text.indexOf(words);

describe('quoteSpeaker', () => {
  it.each([
    ['“I visited the quarry in June,” Petra Lindqvist said.', 'I visited', 'Petra Lindqvist'],
    ['"We lost the harvest twice," said Omar Haddad, a grower.', 'We lost', 'Omar Haddad'],
    ['“We will widen the bridge,” regional transport commissioner Ana Ruiz told reporters.', 'We will', 'Ana Ruiz'],
    ['The coach, Dale Brooks, said: “I expected a harder match on Saturday.”', 'I expected', 'Dale Brooks'],
    ['“I signed the lease last week,” Mayor Tom Fenwick said.', 'I signed', 'Tom Fenwick'],
    ['“Our team saw it coming. We warned the board in March,” according to Lena Voss.', 'We warned', 'Lena Voss'],
  ])('in %j the quote at %j is spoken by %j', (text, words, speaker) => {
    expect(quoteSpeaker(text, at(text, words))).toBe(speaker);
  });

  it('a quote paragraph with no attribution of its own goes on quoting the speaker before', () => {
    const text = '“The pier needs repairs,” Ruth Okafor said on Friday.\n\n“I called the council yesterday and they agreed.”';
    expect(quoteSpeaker(text, at(text, 'I called'))).toBe('Ruth Okafor');
  });

  it('a quote run on from a paragraph left unclosed is spoken by the one who opened it', () => {
    const text = 'Ana Ruiz said: "I have always liked cold water. But it hurt.\n\n"I first went to the clinic on Saturday."';
    expect(quoteSpeaker(text, at(text, 'I first'))).toBe('Ana Ruiz');
  });

  it('a closed quote in the paragraph before speaks for no one after it', () => {
    const text = 'Ana Ruiz said: "I liked the cold water."\n\n"I first went to the clinic on Saturday."';
    expect(quoteSpeaker(text, at(text, 'I first'))).toBeNull();
  });

  it('a speaker named by role is the one the paragraph before named', () => {
    const text = '“We need rain,” Governor Jim Hale said.\n\n“I asked for federal help on Monday,” the governor said.';
    expect(quoteSpeaker(text, at(text, 'I asked'))).toBe('Jim Hale');
  });
});

describe('withNamedActor for a quote', () => {
  it.each([
    ['“I met the envoy on Tuesday,” Kofi Mensah said.', 'I met the envoy', 'Kofi Mensah met the envoy'],
    ['“We are closing the plant in May,” chief executive Ines Moreau said.', 'We are closing the plant', 'Ines Moreau is closing the plant'],
    ['“I’ve sold the farm,” Bram Visser said on Monday.', 'I’ve sold the farm', 'Bram Visser has sold the farm'],
  ])('in %j the label %j names the speaker: %j', (text, label, expected) => {
    expect(withNamedActor(text, label, () => null, 0)).toBe(expected);
  });
});

describe('withNamedActor for he or she', () => {
  it('takes the name a sentence opens on with an apposition', () => {
    const text = 'Okonkwo, a retired judge, will chair the inquiry. He will report to parliament in June.';
    const previous = analysisOf(text);
    const label = withNamedActor(text, 'He will report to parliament', () => previous.wordsOf(previous.sentences[0]), text.indexOf('He will'));
    expect(label).toBe('Okonkwo will report to parliament');
  });
});

describe('withNamedActor for a pointer to what is shown', () => {
  it('names who made it: "This is a letter Ana Ruiz mailed ..."', () => {
    expect(withNamedActor('', 'This is a letter Ana Ruiz mailed to the board', () => null)).toBe('Ana Ruiz mailed a letter to the board');
  });
  it('leaves a pointer with no maker', () => {
    expect(withNamedActor('', 'This is a hard winter for farmers', () => null)).toBe('This is a hard winter for farmers');
  });
});

describe('the writer’s own present verb agrees with "The writer"', () => {
  it.each([
    ['I remember we danced until dawn at the wedding.', 'I remember we danced until dawn', 'The writer remembers we danced until dawn'],
    ['I worry the mill will close in March.', 'I worry the mill will close', 'The writer worries the mill will close'],
    ['I wish the ferry still ran on Sundays.', 'I wish the ferry still ran', 'The writer wishes the ferry still ran'],
    ['I drove to the border on Monday.', 'I drove to the border', 'The writer drove to the border'],
  ])('%j reads %j as %j', (text, label, expected) => {
    expect(withNamedActor(text, label, () => null, 0)).toBe(expected);
  });
});

describe('a quote run on from "she said:" names the person introduced before it', () => {
  it('names a diver introduced by name and age two sentences before the quote paragraph', () => {
    const text = 'Mara, 34, a diver from Leith, came third, but she said the cold came at a cost.\n\nShe said: "I have always liked cold water and thought this was a good cause. But it hurt.\n\n"I first went to the clinic on Saturday."';
    const labels = buildEvents(text, [timexOf(text, 'on Saturday', '2024-05-11')], '2024-05-15').map((e) => e.label);
    expect(labels).toEqual(['Mara first went to the clinic']);
  });
});
