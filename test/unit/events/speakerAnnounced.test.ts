import { describe, expect, it } from 'vitest';
import { quoteSpeaker } from '../../../src/lib/events/speaker';

describe('a quote announced before it opens is spoken by the one who announced it', () => {
  it('"X said the following." before the quote', () => {
    const text = 'Asked about the audit, Okafor said the following. “Well, we read it twice. I did not sign the report.”';
    expect(quoteSpeaker(text, text.indexOf('I did not'))).toBe('Okafor');
  });

  it('"X had this to say:" before the quote', () => {
    const text = 'On the budget, Lindqvist had this to say: “We never had the money. We cut the ferry service.”';
    expect(quoteSpeaker(text, text.indexOf('We cut'))).toBe('Lindqvist');
  });

  it('a quote that opens its paragraph, announced at the end of the one before', () => {
    const text = 'Asked about the audit, Okafor said the following.\n\n“Well, we read it twice. I did not sign the report.”';
    expect(quoteSpeaker(text, text.indexOf('I did not'))).toBe('Okafor');
  });
});
