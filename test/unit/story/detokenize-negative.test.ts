// What detokenizing must NOT do: touch prose that was never tokenized.
import { describe, expect, it } from 'vitest';
import { detokenize, looksTokenized } from '../../../src/lib/story/detokenize';

const PROSE = [
  'The council voted on Monday to close the bridge, officials said.',
  '"We will rebuild," the mayor said (in a statement) on Tuesday.',
  "BP's shares fell 5% on the news; the company's chief didn't comment.",
  'Rates rose to 3.5 per cent in the U.S. last year: a 10-year high.',
  'The leaked file sat in C:\\Users\\desk on the ministry server.',
];

describe('detokenize on ordinary prose', () => {
  it.each(PROSE)('leaves %j unchanged', (text) => {
    expect(detokenize(text)).toBe(text);
  });

  it.each(PROSE)('does not take %j for a tokenized text', (text) => {
    expect(looksTokenized(text)).toBe(false);
  });
});
