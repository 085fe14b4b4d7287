// A line above a quote that is a sentence, a heading or a place names no speaker.
import { describe, expect, it } from 'vitest';
import { quoteSpeaker } from '../../../src/lib/events/speaker';

const at = (text: string, words: string) => text.indexOf(words);

describe('no credit line above the quote', () => {
  it.each([
    ['The mayor spoke to the crowd.\n\n“I promised a new bridge in 2019.”', 'I promised'],
    ['Water rights\n\n“I sued the county in 2011.”', 'I sued'],
    ['Water Rights\n\n“I sued the county in 2011.”', 'I sued'],
    ['The vote in Leeds, West Yorkshire, was close.\n\n“I voted early this year.”', 'I voted'],
  ])('in %j the quote at %j has no named speaker', (text, words) => {
    expect(quoteSpeaker(text, at(text, words))).toBeNull();
  });
});
